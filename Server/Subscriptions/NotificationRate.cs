using System.Collections.Concurrent;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// The notification rate quota of each application (SECURITY.md A10): at most <c>perMinute</c> notifications a minute,
/// with bursts up to that many. Nothing is dropped: a notification beyond the quota is queued for the moment the quota
/// allows it (generic cell rate algorithm: each notification advances a theoretical arrival time by 60 s / quota).
/// </summary>
public sealed class NotificationRate(int perMinute)
{
    private readonly TimeSpan _interval = TimeSpan.FromMinutes(1) / Math.Max(1, perMinute);
    private readonly TimeSpan _burst = TimeSpan.FromMinutes(1) - TimeSpan.FromMinutes(1) / Math.Max(1, perMinute);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _arrival = new(StringComparer.Ordinal);

    /// <summary>When the next notification of <paramref name="application"/> may be delivered (now, or later once over quota).</summary>
    public DateTimeOffset DueAt(string application, DateTimeOffset now)
    {
        var due = now;
        _arrival.AddOrUpdate(application,
            _ => now + _interval,
            (_, theoretical) =>
            {
                var start = theoretical > now ? theoretical : now;
                due = start - _burst > now ? start - _burst : now;
                return start + _interval;
            });
        return due;
    }
}
