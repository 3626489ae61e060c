using System.Xml.Linq;
using GupSoap.Raf.Storage;
using Microsoft.Data.Sqlite;
using static GupSoap.Raf.Notifications.SqliteCommands;

namespace GupSoap.Raf.Notifications;

/// <summary>SQL for the <c>subscriptions</c> table; component types are Clark names as in <c>components</c>.</summary>
internal static class SqliteSubscriptionQueries
{
    private const string Columns = SubscriptionRows.Columns;

    public static Task<int> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Subscription s, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, $"INSERT INTO subscriptions ({Columns}) VALUES ($i, $r, $t, $s, $n, $sub, $a, $m, $e, $st, $sr, $c, $l)", ct,
            [.. SubscriptionRows.Values(s).Select(v => ("$" + v.Name, v.Value))]);

    /// <summary>The subscriptions a change of this component must be offered to: active and not expired.</summary>
    /// <remarks>Asked once per changed document: the write transaction's prepared command serves every ask.</remarks>
    public static Task<IReadOnlyList<Subscription>> ActiveForAsync(SqliteStatements statements, string resourceId, XName type, DateTimeOffset now, CancellationToken ct) =>
        ReadAllAsync(statements.Get(ActiveForSql, ("$r", resourceId), ("$t", type.ToString()), ("$now", now.UtcTicks)), ct);

    private const string ActiveForSql =
        $"SELECT {Columns} FROM subscriptions WHERE resource_id = $r AND component_type = $t AND status = 'active' AND expires_at > $now ORDER BY created_at, rowid";

    public static async Task<Subscription?> FindAsync(SqliteConnection connection, SqliteTransaction? transaction, string invokeId, CancellationToken ct) =>
        await ReadAsync(connection, transaction, $"SELECT {Columns} FROM subscriptions WHERE invoke_id = $i", ct, ("$i", invokeId)) is [var found] ? found : null;

    public static async Task<IReadOnlyList<string>> ActiveIdsAsync(SqliteConnection connection, SqliteTransaction? transaction, string subscriber, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Create(connection, transaction, "SELECT invoke_id FROM subscriptions WHERE subscriber = $sub AND status = 'active' AND expires_at > $now ORDER BY created_at, rowid",
            ("$sub", subscriber), ("$now", now.UtcTicks));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public static async Task<int> CountActiveAsync(SqliteConnection connection, SqliteTransaction? transaction, string subscriber, DateTimeOffset now, CancellationToken ct)
    {
        await using var command = Create(connection, transaction, "SELECT COUNT(*) FROM subscriptions WHERE subscriber = $sub AND status = 'active' AND expires_at > $now",
            ("$sub", subscriber), ("$now", now.UtcTicks));
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Deletes the subscription and every outbox entry of it.</summary>
    public static async Task<bool> DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, string invokeId, CancellationToken ct)
    {
        await ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE invoke_id = $i", ct, ("$i", invokeId));
        return await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE invoke_id = $i", ct, ("$i", invokeId)) == 1;
    }

    /// <summary>
    /// Deletes expired subscriptions. Their pending notifications stay: they report changes made while the subscription
    /// held (at-least-once, SECURITY.md R4); parked ones of vanished subscriptions have no one left to report to.
    /// </summary>
    public static async Task<int> PurgeExpiredAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, CancellationToken ct)
    {
        var purged = await ExecuteAsync(connection, transaction, "DELETE FROM subscriptions WHERE expires_at <= $now", ct, ("$now", now.UtcTicks));
        await ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE state = 'parked' AND invoke_id NOT IN (SELECT invoke_id FROM subscriptions)", ct);
        return purged;
    }

    public static Task<int> SetLastNotifiedAsync(SqliteConnection connection, SqliteTransaction transaction, string invokeId, DateTimeOffset at, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, "UPDATE subscriptions SET last_notified_at = MAX(COALESCE(last_notified_at, 0), $at) WHERE invoke_id = $i", ct,
            ("$i", invokeId), ("$at", at.UtcTicks));

    public static Task<int> SuspendAsync(SqliteConnection connection, SqliteTransaction transaction, string invokeId, string reason, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, "UPDATE subscriptions SET status = 'suspended', suspended_reason = $r WHERE invoke_id = $i", ct,
            ("$i", invokeId), ("$r", reason));

    private static async Task<IReadOnlyList<Subscription>> ReadAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] parameters)
    {
        await using var command = Create(connection, transaction, sql, parameters);
        return await ReadAllAsync(command, ct);
    }

    private static async Task<IReadOnlyList<Subscription>> ReadAllAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<Subscription>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(SubscriptionRows.Read(reader));
        }

        return result;
    }
}
