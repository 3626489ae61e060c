using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Hosting;
using GupSoap.Core.Charging;
using GupSoap.Core.Security;
using GupSoap.Server.LoadControl;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Routing;

/// <summary>
/// The GUP Server's side of Rp (TS 23.240 §4.4): a RAF hosted in this process is called in process, every other RAF
/// over SOAP/HTTP. <c>Gup:Rp:InProcess=false</c> sends every call over SOAP (tests run the Rg suite both ways).
/// Each call is one hop of the request's trace and counts in the per-RAF metrics, whichever transport carries it.
/// Every call takes a slot of its RAF's fan-out limit first (TS 23.240 §4.1.4).
/// </summary>
public sealed class RpClient
{
    private readonly InProcessRpTransport _inProcess;
    private readonly IRpTransport _soap;
    private readonly bool _useInProcess;
    private readonly RafFanOutLimits? _fanOut;
    private readonly RpFailures _failures;

    internal RpClient(InProcessRpTransport inProcess, IRpTransport soap, RpClientOptions options, ILogger logger, RafFanOutLimits? fanOut = null)
    {
        _inProcess = inProcess;
        _soap = soap;
        _useInProcess = options.InProcess;
        _fanOut = fanOut is { Enabled: true } ? fanOut : null;
        _failures = new RpFailures(logger);
    }

    /// <summary>
    /// Sends one Rp request on behalf of <paramref name="requestor"/>. The operation's charging scope notes the RAF,
    /// and the transport gives it the correlation id (TS 23.240 §4.1.9).
    /// </summary>
    public async Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, RequestorContext requestor, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        ArgumentNullException.ThrowIfNull(raf);
        var charging = ChargingScope.Current;
        charging?.Reached(raf.Name, raf.ProducesCharging);
        var inProcess = _useInProcess && _inProcess.Serves(raf);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        using var hop = GupTracing.StartRpHop(raf.Name, operation, inProcess);
        var result = await SendThroughLimitAsync<TResponse>(inProcess ? _inProcess : _soap, raf, operation, request, simulate, requestor, charging, cancellationToken);
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

    /// <summary>The call, after taking a slot of its RAF's fan-out limit when one is configured.</summary>
    private async Task<RpResult<TResponse>> SendThroughLimitAsync<TResponse>(IRpTransport transport, RafEndpoint raf, string operation, object request, bool simulate,
        RequestorContext requestor, ChargingScope? charging, CancellationToken cancellationToken)
        where TResponse : RpResponse
    {
        if (_fanOut is null)
        {
            return await transport.SendAsync<TResponse>(raf, operation, request, simulate, requestor, cancellationToken);
        }

        System.Threading.RateLimiting.RateLimitLease slot;
        try
        {
            slot = await _fanOut.AcquireAsync(raf.Name, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Limited<TResponse>(raf, operation, charging, "had no free call slot before the request deadline");
        }

        using (slot)
        {
            return slot.IsAcquired
                ? await transport.SendAsync<TResponse>(raf, operation, request, simulate, requestor, cancellationToken)
                : Limited<TResponse>(raf, operation, charging, "has too many calls waiting (Gup:Limits:RafQueue)");
        }
    }

    private RpResult<TResponse> Limited<TResponse>(RafEndpoint raf, string operation, ChargingScope? charging, string what)
        where TResponse : RpResponse
    {
        var limit = "raf-concurrency:" + raf.Name;
        GupMeter.RecordRateLimited("rp", limit);
        if (charging is not null)
        {
            charging.Limit ??= limit;
        }

        return _failures.Unavailable<TResponse>(raf, operation, what);
    }
}
