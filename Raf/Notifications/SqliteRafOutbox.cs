using GupSoap.Core.Notifications;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// <see cref="IOutbox"/> over a RAF's own SQLite file (TS 23.240 §4.4.8; SECURITY.md R3, R4, R7, R9). Writes share
/// the store's write gate and transactions. A delivered entry is deleted at once (see
/// <see cref="SqliteOutboxQueries.DeleteDeliveredAsync"/>); giving up parks the entry and every other pending one of
/// its subscription and suspends the subscription, in one transaction.
/// </summary>
public sealed class SqliteRafOutbox(SqliteComponentStore store, TimeProvider time) : IOutbox
{
    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var connection = await store.OpenAsync(cancellationToken);
        return await SqliteOutboxQueries.DueAsync(connection, now, max, cancellationToken);
    }

    /// <summary>Deletes the entry unless its payload was replaced while it was being sent (then the new one is still due).</summary>
    public Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.InTransactionAsync(async (connection, transaction) =>
        {
            if (await SqliteOutboxQueries.DeleteDeliveredAsync(connection, transaction, entry, cancellationToken) == 1)
            {
                // minInterval counts from the last delivery, not only from when it was due.
                await SqliteSubscriptionQueries.SetLastNotifiedAsync(connection, transaction, entry.SubscriptionId, time.GetUtcNow(), cancellationToken);
            }

            return (0, true);
        }, cancellationToken);
    }

    public Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.InTransactionAsync(async (connection, transaction) =>
            (await SqliteOutboxQueries.RetryAsync(connection, transaction, entry, nextAttempt, Short(error), cancellationToken), true), cancellationToken);
    }

    public Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.InTransactionAsync(async (connection, transaction) =>
        {
            await SqliteOutboxQueries.ParkAsync(connection, transaction, entry, Short(reason), cancellationToken);
            await SqliteSubscriptionQueries.SuspendAsync(connection, transaction, entry.SubscriptionId, Short(reason), cancellationToken);
            return (0, true);
        }, cancellationToken);
    }

    /// <summary>Every entry of one subscription with its state (<c>pending</c>, <c>parked</c>), oldest first; for operators and tests.</summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, string State)>> EntriesOfAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        return await SqliteOutboxQueries.ForSubscriptionAsync(connection, invokeId, cancellationToken);
    }

    /// <summary>Errors come from remote endpoints; only a bounded prefix is kept.</summary>
    private static string Short(string text) => text.Length <= 512 ? text : text[..512];
}
