namespace GupSoap.Core.Notifications;

/// <summary>
/// Retry delay with full jitter (SECURITY.md R3): uniformly random in [0, min(MaxBackoff, BaseBackoff·2^(n−1))]
/// after the n-th failed attempt, so retries to one recovering endpoint spread out instead of arriving together.
/// </summary>
internal static class FullJitterBackoff
{
    public static TimeSpan Delay(DeliveryOptions options, int attemptsMade, double sample)
    {
        var exponent = Math.Clamp(attemptsMade - 1, 0, 62);
        var ceiling = Math.Min(options.MaxBackoff.Ticks, options.BaseBackoff.Ticks * Math.Pow(2, exponent));
        return TimeSpan.FromTicks((long)(Math.Clamp(sample, 0, 1) * ceiling));
    }
}
