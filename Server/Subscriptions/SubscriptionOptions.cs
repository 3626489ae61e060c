namespace GupSoap.Server.Subscriptions;

/// <summary>Subscription limits of the GUP Server, bound from <c>Gup:Subscriptions</c> (SECURITY.md A10).</summary>
public sealed class SubscriptionOptions
{
    /// <summary>The latest <c>expires</c> a subscription may ask for, from now.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Active subscriptions one application (providerID) may hold.</summary>
    public int MaxPerApplication { get; set; } = 100;

    /// <summary>Notifications one application may receive a minute (bursts included); more are delayed, never dropped.</summary>
    public int MaxNotificationsPerMinute { get; set; } = 600;

    /// <summary>Where RAFs send NotifyData for the GUP Server to relay; default: this process's own address + <c>/gup/notify</c>.</summary>
    public string? CallbackUrl { get; set; }
}
