using GupSoap.Core.Liberty;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Soap;

/// <summary>What an operation handler knows about the request beyond its body: headers, dry-run flag, caller.</summary>
public sealed class SoapRequestContext
{
    public required SoapEnvelope Envelope { get; init; }
    public required LibertyHeaders Headers { get; init; }

    /// <summary>SB 2.0 ProcessingContext Simulate: do everything, write nothing.</summary>
    public bool Simulate { get; init; }

    public HttpContext? HttpContext { get; init; }
    public CancellationToken CancellationToken { get; init; }
}
