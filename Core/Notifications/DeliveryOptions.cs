namespace GupSoap.Core.Notifications;

/// <summary>How the <see cref="NotificationDispatcher"/> drains the outbox (SECURITY.md R3); bound from <c>Gup:Notifications</c>.</summary>
public sealed class DeliveryOptions
{
    /// <summary>How often the outbox is looked at when nobody calls <see cref="NotificationDispatcher.Wake"/>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Upper bound of the first retry's delay; doubles with each attempt (full jitter).</summary>
    public TimeSpan BaseBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Attempts per entry; after the last failed one the entry is given up and its subscription suspended.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Attempts in flight at once, each to a different endpoint.</summary>
    public int MaxEndpoints { get; set; } = 64;

    /// <summary>New entries taken from the outbox per look.</summary>
    public int BatchSize { get; set; } = 100;

    /// <summary>
    /// Entries held in lanes (taken, not yet finished) above which a wake-up does not look at the outbox again until
    /// <see cref="PollInterval"/> has passed: under a write rate its lanes cannot follow, every look re-read every held
    /// entry, once per write. What stays in the outbox is taken when the lanes drain.
    /// </summary>
    public int MaxHeld { get; set; } = 400;

    /// <summary>Shortest time between two looks at the outbox; wake-ups within it are served by one look.</summary>
    public TimeSpan LookSpacing { get; set; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long stopping waits for attempts in flight before cancelling them.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
