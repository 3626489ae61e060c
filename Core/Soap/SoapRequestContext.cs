using GupSoap.Core.Liberty;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Soap;

/// <summary>What an operation handler knows about the request beyond its body: headers, dry-run flag, caller.</summary>
public sealed class SoapRequestContext
{
    /// <summary>The parsed envelope; null for a request handed over in process (see the GUP Server's Rp transports).</summary>
    public SoapEnvelope? Envelope { get; init; }
    public required LibertyHeaders Headers { get; init; }

    /// <summary>SB 2.0 ProcessingContext Simulate: do everything, write nothing.</summary>
    public bool Simulate { get; init; }

    /// <summary>Who sent the request, established by the security step; null only for services without one.</summary>
    public Security.RequestorContext? Requestor { get; init; }

    /// <summary>The authenticated requestor; for services that always authenticate.</summary>
    public Security.RequestorContext Who => Requestor ?? throw new InvalidOperationException("The request was not authenticated.");

    public HttpContext? HttpContext { get; init; }
    public CancellationToken CancellationToken { get; init; }
}
