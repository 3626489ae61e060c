using Microsoft.AspNetCore.Http;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Counts the HTTP requests being served, so a stop can say how many were in flight when it began and whether each
/// of them was answered or cut (its connection aborted: the client left, or <c>Gup:Hosting:ShutdownTimeout</c> ran out).
/// Two interlocked operations per request.
/// </summary>
internal sealed class InFlightRequests
{
    private long _inFlight;
    private int _stopping;
    private long _answeredAfterStop;
    private long _cutAfterStop;

    public long AnsweredAfterStop => Interlocked.Read(ref _answeredAfterStop);

    public long CutAfterStop => Interlocked.Read(ref _cutAfterStop);

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            await next(http);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
            if (Volatile.Read(ref _stopping) == 1)
            {
                Interlocked.Increment(ref http.RequestAborted.IsCancellationRequested ? ref _cutAfterStop : ref _answeredAfterStop);
            }
        }
    }

    /// <summary>The stop began: from now on finished requests are counted as answered or cut. Returns how many are in flight.</summary>
    public long MarkStopping()
    {
        Volatile.Write(ref _stopping, 1);
        return Interlocked.Read(ref _inFlight);
    }
}
