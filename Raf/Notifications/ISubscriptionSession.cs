namespace GupSoap.Raf.Notifications;

/// <summary>Subscription bookkeeping inside one write transaction (TS 23.240 §4.4.6, §4.4.7).</summary>
public interface ISubscriptionSession
{
    /// <summary>Active, unexpired subscriptions of <paramref name="subscriber"/> here (the quota of SECURITY.md A10).</summary>
    Task<int> CountActiveAsync(string subscriber, DateTimeOffset now);

    Task<IReadOnlyList<string>> ActiveIdsAsync(string subscriber, DateTimeOffset now);

    Task AddAsync(Subscription subscription);

    /// <summary>Whoever holds it; the caller compares the subscriber.</summary>
    Task<Subscription?> FindAsync(string invokeId);

    /// <summary>Deletes the subscription and its outbox entries; false when there was none.</summary>
    Task<bool> RemoveAsync(string invokeId);

    Task<int> PurgeExpiredAsync(DateTimeOffset now);

    /// <summary>Queues the initialValues notification of <paramref name="subscription"/> for <paramref name="current"/>.</summary>
    Task NotifyInitialAsync(Subscription subscription, Storage.StoredComponent current);
}
