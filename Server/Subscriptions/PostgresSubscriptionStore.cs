using GupSoap.Core.Notifications;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> on PostgreSQL, shared by every GUP Server process on the database: a subscription
/// made at one can be relayed and ended at any other. The relay outbox (<see cref="PostgresGupOutbox"/>) lives in the
/// same schema and is written in the same transaction as the digests.
/// </summary>
public sealed class PostgresSubscriptionStore(PostgresDatabase database, PostgresSchema schema) : ISubscriptionStore
{
    public const string Component = "subscriptions";

    private static readonly string[] Migrations =
    [
        $$"""
        CREATE TABLE {schema}.app_subscriptions (
            invoke_id      text    PRIMARY KEY,
            provider       text    NOT NULL,
            requestor      text    NOT NULL,
            resource       text    NOT NULL,
            selects        text    NOT NULL,
            notify_to      text    NOT NULL,
            expires_at     bigint  NOT NULL,
            min_interval   integer NOT NULL,
            initial_values integer NOT NULL,
            status         text    NOT NULL,
            reason         text    NULL);
        CREATE INDEX app_subscriptions_provider ON {schema}.app_subscriptions (provider);
        CREATE INDEX app_subscriptions_expiry ON {schema}.app_subscriptions (expires_at);
        CREATE TABLE {schema}.raf_subscriptions (
            raf_invoke_id text PRIMARY KEY,
            app_invoke_id text NOT NULL,
            raf           text NOT NULL);
        CREATE INDEX raf_subscriptions_app ON {schema}.raf_subscriptions (app_invoke_id);
        CREATE TABLE {schema}.item_digests (
            app_invoke_id text NOT NULL,
            item          text NOT NULL,
            digest        text NOT NULL,
            PRIMARY KEY (app_invoke_id, item));
        CREATE TABLE {schema}.gup_outbox (
        {{PostgresOutboxLease.Columns}});
        CREATE INDEX gup_outbox_due ON {schema}.gup_outbox (state, due_at);
        CREATE INDEX gup_outbox_subscription ON {schema}.gup_outbox (invoke_id, sequence);
        """,
        """
        CREATE INDEX app_subscriptions_resource ON {schema}.app_subscriptions (resource);
        CREATE TABLE {schema}.subscription_deliveries (
            invoke_id         text   PRIMARY KEY,
            last_delivered_at bigint NOT NULL,
            delivered         bigint NOT NULL);
        """,
    ];

    private static readonly string[] OwnedRows =
        ["item_digests WHERE app_invoke_id", "gup_outbox WHERE invoke_id", "subscription_deliveries WHERE invoke_id", "app_subscriptions WHERE invoke_id"];

    private readonly string _select = schema.Apply("SELECT " + AppSubscriptionRow.Columns + " FROM {schema}.app_subscriptions");

    public PostgresDatabase Database => database;

    public PostgresSchema Schema => schema;

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgresMigrations.ApplyAsync(database, schema, Component, Migrations, cancellationToken);

    public async Task<IReadOnlyDictionary<string, string>> DigestsAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, schema.Apply("SELECT item, digest FROM {schema}.item_digests WHERE app_invoke_id = @a"), ("a", invokeId));
        var rows = await ReadAllAsync(command, r => (Item: r.GetString(0), Digest: r.GetString(1)), cancellationToken);
        return rows.ToDictionary(r => r.Item, r => r.Digest, StringComparer.Ordinal);
    }

    public Task RecordNotificationAsync(string invokeId, IReadOnlyDictionary<string, string> digests, OutboxEntry? entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digests);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            // Relays in several processes may be handed the same RAF notification at once (a redelivery after a lease
            // ran out): under the subscription's lock, a Notify whose digests are already recorded is that duplicate.
            await LockAsync(connection, transaction, "gupsoap:" + schema.Name + ":relay:" + invokeId, cancellationToken);
            if (entry is not null && digests.Count > 0 && await AlreadyRecordedAsync(connection, transaction, invokeId, digests, cancellationToken))
            {
                return 0;
            }

            foreach (var (item, digest) in digests)
            {
                await ExecuteAsync(connection, transaction, schema.Apply("""
                    INSERT INTO {schema}.item_digests (app_invoke_id, item, digest) VALUES (@a, @i, @d)
                    ON CONFLICT (app_invoke_id, item) DO UPDATE SET digest = excluded.digest
                    """), cancellationToken, ("a", invokeId), ("i", item), ("d", digest));
            }

            if (entry is not null)
            {
                await ExecuteAsync(connection, transaction, schema.Apply("""
                    INSERT INTO {schema}.gup_outbox (notification_id, invoke_id, endpoint, payload, audience, attempts, due_at, state)
                    VALUES (@n, @i, @e, @p, @a, 0, @d, 'pending')
                    """), cancellationToken, ("n", entry.NotificationId), ("i", entry.SubscriptionId), ("e", entry.Endpoint), ("p", entry.Payload),
                    ("a", entry.Audience), ("d", entry.DueAt.UtcTicks));
            }

            return 0;
        }, cancellationToken);
    }

    private async Task<bool> AlreadyRecordedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string invokeId, IReadOnlyDictionary<string, string> digests,
        CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, schema.Apply("SELECT item, digest FROM {schema}.item_digests WHERE app_invoke_id = @a AND item = ANY(@items)"),
            ("a", invokeId), ("items", digests.Keys.ToArray()));
        var recorded = await ReadAllAsync(command, r => (Item: r.GetString(0), Digest: r.GetString(1)), cancellationToken);
        return recorded.Count == digests.Count && recorded.All(r => digests[r.Item] == r.Digest);
    }

    public Task AddRafAsync(IReadOnlyList<RafSubscription> rafs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rafs);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            foreach (var raf in rafs)
            {
                await ExecuteAsync(connection, transaction, schema.Apply("INSERT INTO {schema}.raf_subscriptions (raf_invoke_id, app_invoke_id, raf) VALUES (@r, @a, @n)"),
                    cancellationToken, ("r", raf.RafInvokeId), ("a", raf.AppInvokeId), ("n", raf.Raf));
            }

            return 0;
        }, cancellationToken);
    }

    public async Task AddAsync(AppSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await database.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, schema.Apply("""
            INSERT INTO {schema}.app_subscriptions (invoke_id, provider, requestor, resource, selects, notify_to, expires_at, min_interval, initial_values, status, reason)
            VALUES (@id, @provider, @requestor, @resource, @selects, @notify, @expires, @interval, @initial, @status, NULL)
            """), cancellationToken, AppSubscriptionRow.Values(subscription));
    }

    public async Task<AppSubscription?> GetAsync(string invokeId, CancellationToken cancellationToken) =>
        (await SelectAsync(" WHERE invoke_id = @a", cancellationToken, ("a", invokeId))).FirstOrDefault();

    public async Task<AppSubscription?> ForRafInvokeAsync(string rafInvokeId, CancellationToken cancellationToken) =>
        (await SelectAsync(schema.Apply(" WHERE invoke_id = (SELECT app_invoke_id FROM {schema}.raf_subscriptions WHERE raf_invoke_id = @r)"), cancellationToken,
            ("r", rafInvokeId))).FirstOrDefault();

    public async Task<IReadOnlyList<AppSubscription>> OfProviderAsync(string providerId, CancellationToken cancellationToken) =>
        await SelectAsync(" WHERE provider = @p ORDER BY invoke_id COLLATE \"C\"", cancellationToken, ("p", providerId));

    public async Task<IReadOnlyList<SubscriptionOverview>> OfResourceAsync(string resourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            schema.Apply($"SELECT {AppSubscriptionRow.Qualified}, {SubscriptionOverview.Columns("{schema}.")} FROM {{schema}}.app_subscriptions s WHERE s.resource = @r ORDER BY s.invoke_id COLLATE \"C\""),
            ("r", resourceId));
        return await ReadAllAsync(command, SubscriptionOverview.Read, cancellationToken);
    }

    public async Task<IReadOnlyList<AppSubscription>> ExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        await SelectAsync(" WHERE expires_at <= @now", cancellationToken, ("now", now.ToUnixTimeMilliseconds()));

    public Task<IReadOnlyList<RafSubscription>> RemoveAsync(string invokeId, CancellationToken cancellationToken) =>
        database.InTransactionAsync<IReadOnlyList<RafSubscription>>(async (connection, transaction) =>
        {
            await using var select = Command(connection, transaction, schema.Apply("DELETE FROM {schema}.raf_subscriptions WHERE app_invoke_id = @a RETURNING raf_invoke_id, raf"),
                ("a", invokeId));
            var rafs = await ReadAllAsync(select, r => new RafSubscription(invokeId, r.GetString(1), r.GetString(0)), cancellationToken);
            foreach (var table in OwnedRows)
            {
                await ExecuteAsync(connection, transaction, schema.Apply($"DELETE FROM {{schema}}.{table} = @a"), cancellationToken, ("a", invokeId));
            }

            return rafs;
        }, cancellationToken);

    public async Task SuspendAsync(string invokeId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await SuspendAsync(connection, null, invokeId, reason, cancellationToken);
    }

    internal Task<int> SuspendAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string invokeId, string reason, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, transaction, schema.Apply("UPDATE {schema}.app_subscriptions SET status = @s, reason = @r WHERE invoke_id = @a"), cancellationToken,
            ("s", SubscriptionStatus.Suspended), ("r", reason), ("a", invokeId));

    private async Task<List<AppSubscription>> SelectAsync(string where, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, _select + where, parameters);
        return await ReadAllAsync(command, AppSubscriptionRow.Read, cancellationToken);
    }
}
