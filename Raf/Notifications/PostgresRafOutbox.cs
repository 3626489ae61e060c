using GupSoap.Core.Notifications;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// <see cref="IOutbox"/> over a RAF's PostgreSQL schema (TS 23.240 §4.4.8; SECURITY.md R3, R4, R7, R9), drained by
/// every process serving the RAF: rows are leased (<see cref="PostgresOutboxLease"/>), so each Notify Data goes out
/// once in normal operation and again, with the same notification id, only after the process holding it died. A
/// delivered entry is deleted; giving up parks the entry and every other pending one of its subscription and
/// suspends the subscription, in one transaction.
/// </summary>
public sealed class PostgresRafOutbox(PostgresComponentStore store, TimeProvider time, TimeSpan leaseDuration) : IOutbox
{
    private readonly PostgresOutboxLease _lease = new(store.Schema.Apply("{schema}.outbox"), PostgresOutboxLease.NewOwner(), leaseDuration);

    public Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        _lease.DueAsync(store.Database, now, max, cancellationToken);

    /// <summary>Deletes the entry unless its payload was replaced while it was being sent (then the new one is still due).</summary>
    public Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InTransactionAsync(async tx =>
        {
            if (await tx.ExecuteAsync("DELETE FROM {schema}.outbox WHERE sequence = @s AND notification_id = @n", ("s", entry.Sequence), ("n", entry.NotificationId)) == 1)
            {
                // minInterval counts from the last delivery, not only from when it was due.
                await PostgresOutboxQueries.SetLastNotifiedAsync(tx, entry.SubscriptionId, time.GetUtcNow());
            }
        }, cancellationToken);
    }

    public Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InTransactionAsync(tx => tx.ExecuteAsync("""
            UPDATE {schema}.outbox SET attempts = attempts + 1, due_at = @d, last_error = @e, lease_until = @until
            WHERE sequence = @s AND notification_id = @n AND state = 'pending'
            """, ("s", entry.Sequence), ("n", entry.NotificationId), ("d", nextAttempt.UtcTicks), ("e", Short(error)), ("until", _lease.RetryLeaseUntil(nextAttempt))),
            cancellationToken);
    }

    public Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return InTransactionAsync(async tx =>
        {
            await tx.ExecuteAsync("""
                UPDATE {schema}.outbox SET state = 'parked',
                    attempts = attempts + CASE WHEN sequence = @s THEN 1 ELSE 0 END,
                    last_error = CASE WHEN sequence = @s THEN @r ELSE last_error END
                WHERE sequence = @s OR (invoke_id = @i AND state = 'pending')
                """, ("s", entry.Sequence), ("i", entry.SubscriptionId), ("r", Short(reason)));
            await tx.ExecuteAsync("UPDATE {schema}.subscriptions SET status = 'suspended', suspended_reason = @r WHERE invoke_id = @i",
                ("i", entry.SubscriptionId), ("r", Short(reason)));
        }, cancellationToken);
    }

    /// <summary>Every entry of one subscription with its state (<c>pending</c>, <c>parked</c>), oldest first; for operators and tests.</summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, string State)>> EntriesOfAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await store.Database.OpenAsync(cancellationToken);
        await using var command = PostgresSql.Command(connection, null,
            store.Schema.Apply($"SELECT {PostgresOutboxLease.EntryColumns}, state FROM {{schema}}.outbox WHERE invoke_id = @i ORDER BY sequence"), ("i", invokeId));
        return await PostgresSql.ReadAllAsync(command, r => (PostgresOutboxLease.Read(r), r.GetString(8)), cancellationToken);
    }

    private Task<int> InTransactionAsync(Func<PostgresRafTransaction, Task> work, CancellationToken cancellationToken) =>
        store.Database.InTransactionAsync(async (connection, transaction) =>
        {
            await work(new PostgresRafTransaction(store.Schema, connection, transaction, cancellationToken));
            return 0;
        }, cancellationToken);

    /// <summary>Errors come from remote endpoints; only a bounded prefix is kept.</summary>
    private static string Short(string text) => text.Length <= 512 ? text : text[..512];
}
