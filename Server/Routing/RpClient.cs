using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;

namespace GupSoap.Server.Routing;

/// <summary>
/// The GUP Server's side of Rp (TS 23.240 §4.4): a RAF hosted in this process is called in process, every other RAF
/// over SOAP/HTTP. <c>Gup:Rp:InProcess=false</c> sends every call over SOAP (tests run the Rg suite both ways).
/// Each call is one hop of the request's trace and counts in the per-RAF metrics, whichever transport carries it.
/// </summary>
public sealed class RpClient
{
    private readonly InProcessRpTransport _inProcess;
    private readonly IRpTransport _soap;
    private readonly bool _useInProcess;

    internal RpClient(InProcessRpTransport inProcess, IRpTransport soap, RpClientOptions options)
    {
        _inProcess = inProcess;
        _soap = soap;
        _useInProcess = options.InProcess;
    }

    /// <summary>Sends one Rp request on behalf of <paramref name="requestor"/>.</summary>
    public async Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        ArgumentNullException.ThrowIfNull(raf);
        var inProcess = _useInProcess && _inProcess.Serves(raf);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var hop = GupTracing.StartRpHop(raf.Name, operation, inProcess);
        var result = await (inProcess ? _inProcess : _soap).SendAsync<TResponse>(raf, operation, request, simulate, requestor, cancellationToken);
        var outcome = Outcome(result);
        GupMeter.RecordRpCall(raf.Name, operation, outcome, started);
        GupTracing.EndRpHop(hop, outcome);
        return result;
    }

    private static string Outcome<TResponse>(RpResult<TResponse> result)
        where TResponse : RpResponse =>
        result.Unavailable is { } unavailable ? (unavailable.Detail == StatusCodes.TimeOut ? "timeout" : "error")
        : result.Response?.Status is { Code: StatusCodes.Failed } ? "failed"
        : "ok";
}
