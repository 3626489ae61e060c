using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace GupSoap.Server.LoadControl;

/// <summary>
/// The concurrency limit on the fan-out to each RAF (TS 23.240 §4.1.4 load control towards the repositories): at
/// most <c>Gup:Limits:RafConcurrency</c> Rp calls in flight per RAF, further calls wait in arrival order (bounded by
/// <c>Gup:Limits:RafQueue</c> and the request's deadline). A call that cannot get a slot fails like a RAF that does
/// not answer, so a multi-repository write is undone by the same path as for a timeout and never stays half-applied.
/// </summary>
public sealed class RafFanOutLimits : IDisposable
{
    private readonly int _permits;
    private readonly int _queue;
    private readonly ConcurrentDictionary<string, ConcurrencyLimiter> _limiters = new(StringComparer.Ordinal);

    public RafFanOutLimits(int permits, int queue)
    {
        _permits = permits;
        _queue = queue;
    }

    public bool Enabled => _permits > 0;

    /// <summary>A slot for one call to <paramref name="raf"/>; not acquired when the queue is full or the deadline passed first.</summary>
    public async ValueTask<RateLimitLease> AcquireAsync(string raf, CancellationToken cancellationToken)
    {
        var limiter = _limiters.GetOrAdd(raf, _ => new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _permits,
            QueueLimit = _queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        return await limiter.AcquireAsync(1, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var limiter in _limiters.Values)
        {
            limiter.Dispose();
        }
    }
}
