using GupSoap.Core.Notifications;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// The GUP Server's subscription bookkeeping (TS 23.240 §4.3.5–4.3.7, proxy mode): application subscriptions, the RAF
/// subscriptions held for each, and per item the digest of the data last notified. The relay outbox is kept with
/// them, so a Notify and the digests that decided it are recorded together (SECURITY.md R7).
/// </summary>
public interface ISubscriptionStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>The digests of the data last notified for an application subscription, by item key.</summary>
    Task<IReadOnlyDictionary<string, string>> DigestsAsync(string invokeId, CancellationToken cancellationToken);

    /// <summary>
    /// Records the new digests and the Notify for the application in one transaction: a crash leaves either both or
    /// neither. Without an entry only the digests are recorded (the baseline a subscription starts from).
    /// </summary>
    Task RecordNotificationAsync(string invokeId, IReadOnlyDictionary<string, string> digests, OutboxEntry? entry, CancellationToken cancellationToken);

    Task AddRafAsync(IReadOnlyList<RafSubscription> rafs, CancellationToken cancellationToken);

    /// <summary>Stores an application subscription before the RAFs are asked, so their first notification finds it.</summary>
    Task AddAsync(AppSubscription subscription, CancellationToken cancellationToken);

    Task<AppSubscription?> GetAsync(string invokeId, CancellationToken cancellationToken);

    /// <summary>The application subscription a RAF subscription serves, or null when it is unknown (ended meanwhile).</summary>
    Task<AppSubscription?> ForRafInvokeAsync(string rafInvokeId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AppSubscription>> OfProviderAsync(string providerId, CancellationToken cancellationToken);

    /// <summary>The subscriptions to a subscriber's data, with how their notifications fare (oldest invoke id first).</summary>
    Task<IReadOnlyList<SubscriptionOverview>> OfResourceAsync(string resourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<AppSubscription>> ExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Removes an application subscription and what belongs to it; answers the RAF subscriptions to end there.</summary>
    Task<IReadOnlyList<RafSubscription>> RemoveAsync(string invokeId, CancellationToken cancellationToken);

    Task SuspendAsync(string invokeId, string reason, CancellationToken cancellationToken);
}
