using GupSoap.Core.Notifications;
using GupSoap.Core.Storage.Postgres;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// The GUP Server's relay outbox on PostgreSQL (SECURITY.md R3, R4, R9), drained by every GUP Server process on the
/// database: each process leases the rows it sends (<see cref="PostgresOutboxLease"/>), so a Notify goes out once in
/// normal operation and again, with the same notification id, only after the process holding it died.
/// </summary>
public sealed class PostgresGupOutbox(PostgresSubscriptionStore store, TimeSpan leaseDuration, TimeProvider? time = null) : IOutbox
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private readonly PostgresOutboxLease _lease = new(store.Schema.Apply("{schema}.gup_outbox"), PostgresOutboxLease.NewOwner(), leaseDuration);

    public Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken) =>
        _lease.DueAsync(store.Database, now, max, cancellationToken);

    public Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.Database.InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, store.Schema.Apply("DELETE FROM {schema}.gup_outbox WHERE sequence = @s"), cancellationToken, ("s", entry.Sequence));
            // Counted only while the subscription exists (it may have ended, at any process, during the attempt).
            return await ExecuteAsync(connection, transaction, store.Schema.Apply("""
                INSERT INTO {schema}.subscription_deliveries (invoke_id, last_delivered_at, delivered)
                SELECT @i, @t, 1 WHERE EXISTS (SELECT 1 FROM {schema}.app_subscriptions WHERE invoke_id = @i)
                ON CONFLICT (invoke_id) DO UPDATE SET last_delivered_at = GREATEST(subscription_deliveries.last_delivered_at, excluded.last_delivered_at),
                    delivered = subscription_deliveries.delivered + 1
                """), cancellationToken, ("i", entry.SubscriptionId), ("t", _time.GetUtcNow().ToUnixTimeMilliseconds()));
        }, cancellationToken);
    }

    public async Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await store.Database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, store.Schema.Apply("""
            UPDATE {schema}.gup_outbox SET attempts = attempts + 1, due_at = @d, last_error = @e, lease_until = @until WHERE sequence = @s
            """), cancellationToken, ("s", entry.Sequence), ("d", nextAttempt.UtcTicks), ("e", error), ("until", _lease.RetryLeaseUntil(nextAttempt)));
    }

    public Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return store.Database.InTransactionAsync(async (connection, transaction) =>
        {
            await ExecuteAsync(connection, transaction, store.Schema.Apply("UPDATE {schema}.gup_outbox SET state = 'parked', last_error = @r WHERE invoke_id = @i AND state = 'pending'"),
                cancellationToken, ("i", entry.SubscriptionId), ("r", reason));
            return await store.SuspendAsync(connection, transaction, entry.SubscriptionId, reason, cancellationToken);
        }, cancellationToken);
    }
}
