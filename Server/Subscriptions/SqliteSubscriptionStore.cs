using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// <see cref="ISubscriptionStore"/> on SQLite (<c>gup-subscriptions.db</c>); the relay outbox lives in the same file,
/// written in the same transaction.
/// </summary>
public sealed class SqliteSubscriptionStore(string path) : ISubscriptionStore
{
    private readonly SqliteFile _file = new(path);

    public string Path => path;

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(Schema + SqliteGupOutbox.Schema, cancellationToken);

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS app_subscriptions (
            invoke_id TEXT PRIMARY KEY,
            provider TEXT NOT NULL,
            requestor TEXT NOT NULL,
            resource TEXT NOT NULL,
            selects TEXT NOT NULL,
            notify_to TEXT NOT NULL,
            expires_at INTEGER NOT NULL,
            min_interval INTEGER NOT NULL,
            initial_values INTEGER NOT NULL,
            status TEXT NOT NULL,
            reason TEXT);
        CREATE INDEX IF NOT EXISTS app_subscriptions_provider ON app_subscriptions (provider);
        CREATE INDEX IF NOT EXISTS app_subscriptions_resource ON app_subscriptions (resource);
        CREATE TABLE IF NOT EXISTS subscription_deliveries (
            invoke_id TEXT PRIMARY KEY,
            last_delivered_at INTEGER NOT NULL,
            delivered INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS raf_subscriptions (
            raf_invoke_id TEXT PRIMARY KEY,
            app_invoke_id TEXT NOT NULL,
            raf TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS raf_subscriptions_app ON raf_subscriptions (app_invoke_id);
        CREATE TABLE IF NOT EXISTS item_digests (
            app_invoke_id TEXT NOT NULL,
            item TEXT NOT NULL,
            digest TEXT NOT NULL,
            PRIMARY KEY (app_invoke_id, item)) WITHOUT ROWID;
        """;

    public async Task<IReadOnlyDictionary<string, string>> DigestsAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "SELECT item, digest FROM item_digests WHERE app_invoke_id = $a");
        command.Parameters.AddWithValue("$a", invokeId);
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            digests[reader.GetString(0)] = reader.GetString(1);
        }

        return digests;
    }

    public async Task RecordNotificationAsync(string invokeId, IReadOnlyDictionary<string, string> digests, Core.Notifications.OutboxEntry? entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(digests);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (item, digest) in digests)
        {
            await using var upsert = Command(connection, transaction,
                "INSERT INTO item_digests (app_invoke_id, item, digest) VALUES ($a, $i, $d) ON CONFLICT (app_invoke_id, item) DO UPDATE SET digest = excluded.digest");
            upsert.Parameters.AddWithValue("$a", invokeId);
            upsert.Parameters.AddWithValue("$i", item);
            upsert.Parameters.AddWithValue("$d", digest);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (entry is not null)
        {
            await SqliteGupOutbox.EnqueueAsync(connection, transaction, entry, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddRafAsync(IReadOnlyList<RafSubscription> rafs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rafs);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var raf in rafs)
        {
            await using var child = Command(connection, transaction, "INSERT INTO raf_subscriptions (raf_invoke_id, app_invoke_id, raf) VALUES ($r, $a, $n)");
            child.Parameters.AddWithValue("$r", raf.RafInvokeId);
            child.Parameters.AddWithValue("$a", raf.AppInvokeId);
            child.Parameters.AddWithValue("$n", raf.Raf);
            await child.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task AddAsync(AppSubscription subscription, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = Command(connection, null, """
            INSERT INTO app_subscriptions (invoke_id, provider, requestor, resource, selects, notify_to, expires_at, min_interval, initial_values, status, reason)
            VALUES ($id, $provider, $requestor, $resource, $selects, $notify, $expires, $interval, $initial, $status, NULL)
            """);
        foreach (var (name, value) in AppSubscriptionRow.Values(subscription))
        {
            insert.Parameters.AddWithValue("$" + name, value);
        }

        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AppSubscription?> GetAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"{SelectSubscription} WHERE invoke_id = $id");
        command.Parameters.AddWithValue("$id", invokeId);
        return (await ReadSubscriptionsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<AppSubscription?> ForRafInvokeAsync(string rafInvokeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"{SelectSubscription} WHERE invoke_id = (SELECT app_invoke_id FROM raf_subscriptions WHERE raf_invoke_id = $r)");
        command.Parameters.AddWithValue("$r", rafInvokeId);
        return (await ReadSubscriptionsAsync(command, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<AppSubscription>> OfProviderAsync(string providerId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"{SelectSubscription} WHERE provider = $p ORDER BY invoke_id");
        command.Parameters.AddWithValue("$p", providerId);
        return await ReadSubscriptionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<SubscriptionOverview>> OfResourceAsync(string resourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null,
            $"SELECT {AppSubscriptionRow.Qualified}, {SubscriptionOverview.Columns("")} FROM app_subscriptions s WHERE s.resource = $r ORDER BY s.invoke_id");
        command.Parameters.AddWithValue("$r", resourceId);
        var result = new List<SubscriptionOverview>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(SubscriptionOverview.Read(reader));
        }

        return result;
    }

    public async Task<IReadOnlyList<AppSubscription>> ExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, $"{SelectSubscription} WHERE expires_at <= $now");
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        return await ReadSubscriptionsAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<RafSubscription>> RemoveAsync(string invokeId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var rafs = new List<RafSubscription>();
        await using (var select = Command(connection, transaction, "SELECT raf_invoke_id, raf FROM raf_subscriptions WHERE app_invoke_id = $a"))
        {
            select.Parameters.AddWithValue("$a", invokeId);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rafs.Add(new RafSubscription(invokeId, reader.GetString(1), reader.GetString(0)));
            }
        }

        foreach (var sql in new[]
        {
            "DELETE FROM raf_subscriptions WHERE app_invoke_id = $a",
            "DELETE FROM item_digests WHERE app_invoke_id = $a",
            "DELETE FROM gup_outbox WHERE invoke_id = $a",
            "DELETE FROM subscription_deliveries WHERE invoke_id = $a",
            "DELETE FROM app_subscriptions WHERE invoke_id = $a",
        })
        {
            await using var delete = Command(connection, transaction, sql);
            delete.Parameters.AddWithValue("$a", invokeId);
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return rafs;
    }

    public async Task SuspendAsync(string invokeId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, null, "UPDATE app_subscriptions SET status = $s, reason = $r WHERE invoke_id = $a");
        command.Parameters.AddWithValue("$s", SubscriptionStatus.Suspended);
        command.Parameters.AddWithValue("$r", reason);
        command.Parameters.AddWithValue("$a", invokeId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);

    private const string SelectSubscription = "SELECT " + AppSubscriptionRow.Columns + " FROM app_subscriptions";

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static async Task<List<AppSubscription>> ReadSubscriptionsAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var result = new List<AppSubscription>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(AppSubscriptionRow.Read(reader));
        }

        return result;
    }
}
