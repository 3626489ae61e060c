using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Notifications;

/// <summary>SQL for a RAF's <c>outbox</c> on PostgreSQL inside a write transaction (SECURITY.md R3, R4, R7).</summary>
internal static class PostgresOutboxQueries
{
    /// <summary>
    /// Queues one Notify Data. With a minInterval, a pending entry nobody has tried yet takes the new payload and a new
    /// notification id instead (coalescing, as in <see cref="SqliteOutboxQueries.EnqueueAsync"/>).
    /// </summary>
    public static async Task EnqueueAsync(PostgresRafTransaction tx, Subscription subscription, string notificationId, string payload, DateTimeOffset now)
    {
        var interval = TimeSpan.FromSeconds(subscription.MinIntervalSeconds);
        if (interval > TimeSpan.Zero && await tx.ExecuteAsync("""
                UPDATE {schema}.outbox SET payload = @p, notification_id = @n
                WHERE sequence = (SELECT max(sequence) FROM {schema}.outbox WHERE invoke_id = @i AND state = 'pending' AND attempts = 0)
                """, ("p", payload), ("n", notificationId), ("i", subscription.InvokeId)) == 1)
        {
            return;
        }

        var due = subscription.LastNotifiedAt is { } last && last + interval > now ? last + interval : now;
        await tx.ExecuteAsync("""
            INSERT INTO {schema}.outbox (notification_id, invoke_id, endpoint, payload, audience, attempts, due_at, state)
            VALUES (@n, @i, @e, @p, @a, 0, @d, 'pending')
            """, ("n", notificationId), ("i", subscription.InvokeId), ("e", subscription.NotifyTo), ("p", payload), ("a", subscription.Audience), ("d", due.UtcTicks));
        await SetLastNotifiedAsync(tx, subscription.InvokeId, due);
    }

    public static Task<int> SetLastNotifiedAsync(PostgresRafTransaction tx, string invokeId, DateTimeOffset at) =>
        tx.ExecuteAsync("UPDATE {schema}.subscriptions SET last_notified_at = GREATEST(COALESCE(last_notified_at, 0), @at) WHERE invoke_id = @i",
            ("i", invokeId), ("at", at.UtcTicks));
}
