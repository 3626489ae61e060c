using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;

namespace GupSoap.Server.Routing;

/// <summary>
/// The outcome of one Rp call: the RAF's answer (whose <c>lu:Status</c> may itself be a failure), or why there is
/// none (unreachable, late, malformed, a SOAP fault) as a failure that names the RAF.
/// </summary>
public sealed class RpResult<TResponse>
    where TResponse : RpResponse
{
    internal RpResult(RafEndpoint raf, TResponse? response, GupFailure? unavailable)
    {
        Raf = raf;
        Response = response;
        Unavailable = unavailable;
    }

    public RafEndpoint Raf { get; }

    public TResponse? Response { get; }

    /// <summary>Set when the RAF gave no usable answer.</summary>
    public GupFailure? Unavailable { get; }

    /// <summary>The failure of this call, whether the RAF was unavailable or answered with a failed status.</summary>
    public GupFailure? Failure =>
        Unavailable ?? (Response?.Status is { Code: StatusCodes.Failed } s
            ? new GupFailure(s.ErrorType ?? StatusCodes.UnexpectedError, s.Detail, s.Comment ?? $"RAF '{Raf.Name}' refused the request.")
            : null);
}

/// <summary>Creates <see cref="RpResult{TResponse}"/> values.</summary>
public static class RpResult
{
    public static RpResult<TResponse> Answered<TResponse>(RafEndpoint raf, TResponse response)
        where TResponse : RpResponse => new(raf, response, null);

    /// <summary>An answer as a RAF refusing with <paramref name="failure"/> would give, without asking one.</summary>
    public static RpResult<TResponse> Refused<TResponse>(RafEndpoint raf, GupFailure failure)
        where TResponse : RpResponse, new() => new(raf, new TResponse { Status = failure.ToStatus() }, null);

    public static RpResult<TResponse> Failed<TResponse>(RafEndpoint raf, GupFailure failure)
        where TResponse : RpResponse => new(raf, null, failure);
}
