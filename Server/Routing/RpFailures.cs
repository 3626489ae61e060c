using System.Globalization;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Routing;

/// <summary>
/// The failures of an Rp call that got no usable answer, whatever the transport: a <c>DataUnavailable</c> failure
/// naming the RAF (with <c>TimeOut</c> when it was late), logged once at Warning.
/// </summary>
internal sealed class RpFailures(ILogger logger)
{
    public RpResult<TResponse> Unavailable<TResponse>(RafEndpoint raf, string operation, string what, string? detail = null)
        where TResponse : RpResponse
    {
        logger.LogWarning("RAF {Raf} unavailable for {Operation}: {What}", raf.Name, operation, SoapFaults.Truncate(what));
        return RpResult.Failed<TResponse>(raf, new GupFailure(StatusCodes.DataUnavailable, detail, $"RAF '{raf.Name}' {SoapFaults.Truncate(what)}."));
    }

    public RpResult<TResponse> Late<TResponse>(RafEndpoint raf, string operation, TimeSpan limit, string what)
        where TResponse : RpResponse =>
        Unavailable<TResponse>(raf, operation, $"did not answer within {what}{Seconds(limit)}", StatusCodes.TimeOut);

    /// <summary>The request deadline fired: the RAF was late, or the caller went away and the call was abandoned (not the RAF's fault).</summary>
    public RpResult<TResponse> Cut<TResponse>(RafEndpoint raf, string operation, TimeSpan deadline)
        where TResponse : RpResponse
    {
        if (!CallerPresence.Gone)
        {
            return Late<TResponse>(raf, operation, deadline, "the request deadline of ");
        }

        logger.LogDebug("{Operation} at RAF {Raf} abandoned: the caller went away", operation, raf.Name);
        return RpResult.Failed<TResponse>(raf, new GupFailure(StatusCodes.DataUnavailable, null, $"The request was cancelled before RAF '{raf.Name}' answered."));
    }

    /// <summary>The RAF answered with a SOAP fault, or its handler failed: it refused, so the caller sees a failed status.</summary>
    public RpResult<TResponse> Refused<TResponse>(RafEndpoint raf, string operation, string reason)
        where TResponse : RpResponse
    {
        logger.LogWarning("RAF {Raf} answered {Operation} with a SOAP fault: {Reason}", raf.Name, operation, SoapFaults.Truncate(reason));
        return RpResult.Failed<TResponse>(raf, new GupFailure(StatusCodes.UnexpectedError, null, $"RAF '{raf.Name}' refused the request: {SoapFaults.Truncate(reason)}"));
    }

    private static string Seconds(TimeSpan span) => span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s";
}
