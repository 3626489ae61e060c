using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Raf.Storage;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// <see cref="ISubscriptionSession"/> and <see cref="INotificationQueue"/> on one PostgreSQL write transaction. The
/// quota reads lock the subscriber, so two processes cannot both admit the last subscription a quota allows.
/// </summary>
internal sealed class PostgresSubscriptionSession(PostgresRafTransaction tx, ChangeNotifier notifier, WriteJournal journal) : ISubscriptionSession, INotificationQueue
{
    private const string Select = $"SELECT {SubscriptionRows.Columns} FROM {{schema}}.subscriptions";

    public async Task<int> CountActiveAsync(string subscriber, DateTimeOffset now) => (await ActiveIdsAsync(subscriber, now)).Count;

    public async Task<IReadOnlyList<string>> ActiveIdsAsync(string subscriber, DateTimeOffset now)
    {
        await tx.LockAsync("subscriber", subscriber);
        await using var command = tx.Command("""
            SELECT invoke_id FROM {schema}.subscriptions WHERE subscriber = @sub AND status = 'active' AND expires_at > @now ORDER BY created_at, seq
            """, ("sub", subscriber), ("now", now.UtcTicks));
        return await ReadAllAsync(command, r => r.GetString(0), tx.CancellationToken);
    }

    public Task AddAsync(Subscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return tx.ExecuteAsync($"INSERT INTO {{schema}}.subscriptions ({SubscriptionRows.Columns}) VALUES (@i, @r, @t, @s, @n, @sub, @a, @m, @e, @st, @sr, @c, @l)",
            SubscriptionRows.Values(subscription));
    }

    public async Task<Subscription?> FindAsync(string invokeId) => await ReadAsync(Select + " WHERE invoke_id = @i", ("i", invokeId)) is [var found] ? found : null;

    public async Task<bool> RemoveAsync(string invokeId)
    {
        await tx.ExecuteAsync("DELETE FROM {schema}.outbox WHERE invoke_id = @i", ("i", invokeId));
        return await tx.ExecuteAsync("DELETE FROM {schema}.subscriptions WHERE invoke_id = @i", ("i", invokeId)) == 1;
    }

    /// <summary>Deletes expired subscriptions; their pending notifications stay (at least once), parked ones of vanished subscriptions go.</summary>
    public async Task<int> PurgeExpiredAsync(DateTimeOffset now)
    {
        var purged = await tx.ExecuteAsync("DELETE FROM {schema}.subscriptions WHERE expires_at <= @now", ("now", now.UtcTicks));
        await tx.ExecuteAsync("""
            DELETE FROM {schema}.outbox o WHERE o.state = 'parked' AND NOT EXISTS (SELECT 1 FROM {schema}.subscriptions s WHERE s.invoke_id = o.invoke_id)
            """);
        return purged;
    }

    public async Task NotifyInitialAsync(Subscription subscription, StoredComponent current) =>
        journal.Queued += await notifier.NotifyInitialAsync(this, subscription, current);

    public Task<IReadOnlyList<Subscription>> ActiveForAsync(string resourceId, XName componentType, DateTimeOffset now) =>
        ReadAsync(Select + " WHERE resource_id = @r AND component_type = @t AND status = 'active' AND expires_at > @now ORDER BY created_at, seq",
            ("r", resourceId), ("t", componentType.ToString()), ("now", now.UtcTicks));

    public Task EnqueueAsync(Subscription subscription, string notificationId, string payload, DateTimeOffset now) =>
        PostgresOutboxQueries.EnqueueAsync(tx, subscription, notificationId, payload, now);

    private async Task<IReadOnlyList<Subscription>> ReadAsync(string sql, params (string Name, object? Value)[] parameters)
    {
        await using var command = tx.Command(sql, parameters);
        return await ReadAllAsync(command, SubscriptionRows.Read, tx.CancellationToken);
    }
}
