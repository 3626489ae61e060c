using GupSoap.Core.Security;

namespace GupSoap.Core.Soap;

/// <summary>
/// Load control at a service's door (TS 23.240 §4.1.4, §4.2.1): asked once per authenticated, readable request,
/// before its operation runs, so a refused request has done nothing.
/// </summary>
public interface ISoapAdmission
{
    /// <summary>Null to let the request in; else the fault to answer it with (naming the limit).</summary>
    SoapAdmissionRefusal? Admit(SoapOperation operation, object request, RequestorContext? requestor);
}

/// <summary>Why load control refused a request: the limit's name and the fault to answer with.</summary>
public sealed record SoapAdmissionRefusal(string Limit, SoapFault Fault);
