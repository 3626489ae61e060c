using GupSoap.Core.Notifications;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// The GUP Server's relay outbox in <c>gup-subscriptions.db</c> (SECURITY.md R3, R4, R9): a Notify for an application is
/// written in the same transaction as the digests that decided it, drained by the dispatcher, and when delivery is
/// given up the application subscription is suspended with the reason.
/// </summary>
public sealed class SqliteGupOutbox(SqliteSubscriptionStore store, TimeProvider? time = null) : IOutbox
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public const string Schema = """
        CREATE TABLE IF NOT EXISTS gup_outbox (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT,
            notification_id TEXT NOT NULL UNIQUE,
            invoke_id TEXT NOT NULL,
            endpoint TEXT NOT NULL,
            payload TEXT NOT NULL,
            audience TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            due_at INTEGER NOT NULL,
            state TEXT NOT NULL,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS gup_outbox_due ON gup_outbox (state, due_at);
        CREATE INDEX IF NOT EXISTS gup_outbox_subscription ON gup_outbox (invoke_id, sequence);
        """;

    /// <summary>Adds an entry inside the caller's transaction.</summary>
    public static async Task EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(entry);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO gup_outbox (notification_id, invoke_id, endpoint, payload, audience, attempts, due_at, state)
            VALUES ($n, $i, $e, $p, $a, 0, $d, 'pending')
            """;
        command.Parameters.AddWithValue("$n", entry.NotificationId);
        command.Parameters.AddWithValue("$i", entry.SubscriptionId);
        command.Parameters.AddWithValue("$e", entry.Endpoint);
        command.Parameters.AddWithValue("$p", entry.Payload);
        command.Parameters.AddWithValue("$a", entry.Audience);
        command.Parameters.AddWithValue("$d", entry.DueAt.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, notification_id, invoke_id, endpoint, payload, audience, attempts, due_at FROM gup_outbox
            WHERE state = 'pending' AND due_at <= $now ORDER BY sequence LIMIT $max
            """;
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$max", max);
        var due = new List<OutboxEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            due.Add(new OutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetInt32(6), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(7))));
        }

        return due;
    }

    public Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // The delivery is counted only while the subscription exists (it may have ended during the attempt).
        return ExecuteAsync("""
            DELETE FROM gup_outbox WHERE sequence = $s;
            INSERT INTO subscription_deliveries (invoke_id, last_delivered_at, delivered)
            SELECT $i, $t, 1 WHERE EXISTS (SELECT 1 FROM app_subscriptions WHERE invoke_id = $i)
            ON CONFLICT (invoke_id) DO UPDATE SET last_delivered_at = excluded.last_delivered_at, delivered = delivered + 1;
            """, cancellationToken, ("$s", entry.Sequence), ("$i", entry.SubscriptionId), ("$t", _time.GetUtcNow().ToUnixTimeMilliseconds()));
    }

    public Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE gup_outbox SET attempts = attempts + 1, due_at = $d, last_error = $e WHERE sequence = $s", cancellationToken,
            ("$s", entry.Sequence), ("$d", nextAttempt.ToUnixTimeMilliseconds()), ("$e", error));

    public async Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await ExecuteAsync("""
            UPDATE gup_outbox SET state = 'parked', last_error = $r WHERE invoke_id = $i AND state = 'pending';
            UPDATE app_subscriptions SET status = 'suspended', reason = $r WHERE invoke_id = $i;
            """, cancellationToken, ("$i", entry.SubscriptionId), ("$r", reason));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var connection = await store.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
