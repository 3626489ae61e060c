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
/// <param name="HttpStatus">A status the transport itself calls for (413, 415, 503, 400 for unreadable XML); null for the SOAP binding's own.</param>
/// <param name="Refusal">A short, stable reason code for logs and metrics (e.g. <c>security</c>, <c>stale</c>, <c>duplicate</c>).</param>
public sealed record SoapFault(SoapFaultCode Code, XName? Subcode, string Reason, Status Detail, int? HttpStatus = null, string Refusal = "invalid")
{
    /// <summary>
    /// The HTTP status of this fault in <paramref name="version"/>: SOAP 1.2 Part 2 §7.5.1.2 answers env:Sender with
    /// 400 and every other fault with 500; the SOAP 1.1 HTTP binding (§6.2) answers every fault with 500.
    /// </summary>
    public int StatusFor(SoapVersion version) => HttpStatus ?? (version == SoapVersion.Soap12 && Code == SoapFaultCode.Sender ? 400 : 500);

    /// <summary>When the caller may try again (sent as HTTP <c>Retry-After</c>); set for load-control refusals.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
