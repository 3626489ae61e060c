using System.Xml.Linq;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Core.Soap;

/// <summary>Who is at fault, in SOAP terms: mapped to <c>Client</c>/<c>Sender</c> or <c>Server</c>/<c>Receiver</c>.</summary>
public enum SoapFaultCode
{
    Sender,
    Receiver,
    VersionMismatch,
    MustUnderstand,
}

/// <summary>
/// An envelope- or security-level error (PROTOCOL.md "Status"): a SOAP code, a Liberty/WSS subcode, a readable reason
/// and the same <c>lu:Status</c> tree the body would carry. No stack traces or internal paths.
/// </summary>
public sealed record SoapFault(SoapFaultCode Code, XName? Subcode, string Reason, Status Detail, int HttpStatus = 500);
