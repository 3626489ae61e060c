using GupSoap.Core.Notifications;
using Microsoft.Data.Sqlite;
using static GupSoap.Raf.Notifications.SqliteCommands;

namespace GupSoap.Raf.Notifications;

/// <summary>SQL for the <c>outbox</c> table (SECURITY.md R3, R4, R7).</summary>
internal static class SqliteOutboxQueries
{
    private const string Columns = "sequence, notification_id, invoke_id, endpoint, payload, audience, attempts, due_at";

    /// <summary>
    /// Queues one Notify Data for <paramref name="subscription"/>. With a minInterval, a pending entry nobody has tried
    /// yet takes the new payload instead (coalescing: the receiver gets the latest state once, at the earlier due
    /// time); the payload comes with a new notification id, so a delivery of the old payload already under way cannot mark it done.
    /// </summary>
    public static async Task EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, Subscription subscription, string notificationId, string payload, DateTimeOffset now, CancellationToken ct)
    {
        var interval = TimeSpan.FromSeconds(subscription.MinIntervalSeconds);
        if (interval > TimeSpan.Zero)
        {
            var replaced = await ExecuteAsync(connection, transaction, """
                UPDATE outbox SET payload = $p, notification_id = $n
                WHERE sequence = (SELECT MAX(sequence) FROM outbox WHERE invoke_id = $i AND state = 'pending' AND attempts = 0)
                """, ct, ("$p", payload), ("$n", notificationId), ("$i", subscription.InvokeId));
            if (replaced == 1)
            {
                return;
            }
        }

        var due = subscription.LastNotifiedAt is { } last && last + interval > now ? last + interval : now;
        await ExecuteAsync(connection, transaction, """
            INSERT INTO outbox (notification_id, invoke_id, endpoint, payload, audience, attempts, due_at, state)
            VALUES ($n, $i, $e, $p, $a, 0, $d, 'pending')
            """, ct, ("$n", notificationId), ("$i", subscription.InvokeId), ("$e", subscription.NotifyTo), ("$p", payload),
            ("$a", subscription.Audience), ("$d", due.UtcTicks));
        await SqliteSubscriptionQueries.SetLastNotifiedAsync(connection, transaction, subscription.InvokeId, due, ct);
    }

    public static async Task<IReadOnlyList<OutboxEntry>> DueAsync(SqliteConnection connection, DateTimeOffset now, int max, CancellationToken ct)
    {
        await using var command = Create(connection, null, $"SELECT {Columns} FROM outbox WHERE state = 'pending' AND due_at <= $now ORDER BY sequence LIMIT $max",
            ("$now", now.UtcTicks), ("$max", max));
        return await ReadAsync(command, ct);
    }

    /// <summary>Every entry of one subscription in any state, oldest first (diagnostics and tests).</summary>
    public static async Task<IReadOnlyList<(OutboxEntry Entry, string State)>> ForSubscriptionAsync(SqliteConnection connection, string invokeId, CancellationToken ct)
    {
        await using var command = Create(connection, null, $"SELECT {Columns}, state FROM outbox WHERE invoke_id = $i ORDER BY sequence", ("$i", invokeId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<(OutboxEntry, string)>();
        while (await reader.ReadAsync(ct))
        {
            result.Add((Read(reader), reader.GetString(8)));
        }

        return result;
    }

    /// <summary>
    /// Delivered entries are deleted at once: nothing reads them again, and a notification id only has to stay stable
    /// while its entry may still be sent. An entry whose payload was replaced meanwhile stays pending.
    /// </summary>
    public static Task<int> DeleteDeliveredAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxEntry entry, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, "DELETE FROM outbox WHERE sequence = $s AND notification_id = $n", ct,
            ("$s", entry.Sequence), ("$n", entry.NotificationId));

    public static Task<int> RetryAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxEntry entry, DateTimeOffset next, string error, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, """
            UPDATE outbox SET attempts = attempts + 1, due_at = $d, last_error = $e
            WHERE sequence = $s AND notification_id = $n AND state = 'pending'
            """, ct, ("$s", entry.Sequence), ("$n", entry.NotificationId), ("$d", next.UtcTicks), ("$e", error));

    /// <summary>Parks every pending entry of the subscription: once it is suspended, none of them is to be sent.</summary>
    public static Task<int> ParkAsync(SqliteConnection connection, SqliteTransaction transaction, OutboxEntry entry, string reason, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, """
            UPDATE outbox SET state = 'parked',
                attempts = attempts + CASE WHEN sequence = $s THEN 1 ELSE 0 END,
                last_error = CASE WHEN sequence = $s THEN $r ELSE last_error END
            WHERE sequence = $s OR (invoke_id = $i AND state = 'pending')
            """, ct, ("$s", entry.Sequence), ("$i", entry.SubscriptionId), ("$r", reason));

    private static async Task<IReadOnlyList<OutboxEntry>> ReadAsync(SqliteCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        var result = new List<OutboxEntry>();
        while (await reader.ReadAsync(ct))
        {
            result.Add(Read(reader));
        }

        return result;
    }

    private static OutboxEntry Read(SqliteDataReader reader) => new(
        reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
        reader.GetInt32(6), Time(reader.GetInt64(7)));
}
