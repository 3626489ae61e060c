using GupSoap.Core.Notifications;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Core.Storage.Postgres;

/// <summary>
/// Leasing of outbox rows when several processes drain one outbox (SECURITY.md R3, R4; ARCHITECTURE.md "Process
/// model"): a look at the outbox takes the due rows nobody else holds (<c>FOR UPDATE SKIP LOCKED</c>) and marks them
/// as this process's until <see cref="Duration"/> from now; the rows it already holds come back and are extended,
/// which is what the dispatcher expects of every look. A process that dies leaves its rows to the others once the
/// lease runs out, with the same notification id (at least once). A row is never leased while an earlier pending row
/// of the same subscription is held by another live process, so one subscription's notifications stay in order.
/// Looks are serialised per outbox by an advisory lock, so two of them never judge that order from the same state.
/// </summary>
/// <param name="table">The schema-qualified outbox table (<see cref="Columns"/>).</param>
/// <param name="owner">This process's identity in <c>lease_owner</c>.</param>
public sealed class PostgresOutboxLease(string table, string owner, TimeSpan duration)
{
    /// <summary>The columns every leased outbox has; times are UTC ticks.</summary>
    public const string Columns = """
            sequence        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            notification_id text   NOT NULL UNIQUE,
            invoke_id       text   NOT NULL,
            endpoint        text   NOT NULL,
            payload         text   NOT NULL,
            audience        text   NOT NULL,
            attempts        integer NOT NULL DEFAULT 0,
            due_at          bigint NOT NULL,
            state           text   NOT NULL CHECK (state IN ('pending', 'delivered', 'parked')),
            last_error      text   NULL,
            lease_owner     text   NULL,
            lease_until     bigint NULL
        """;

    public const string EntryColumns = "sequence, notification_id, invoke_id, endpoint, payload, audience, attempts, due_at";

    public TimeSpan Duration { get; } = duration > TimeSpan.Zero ? duration : throw new ArgumentOutOfRangeException(nameof(duration));

    public string Owner { get; } = owner;

    /// <summary>A fresh owner identity for one outbox reader of one process.</summary>
    public static string NewOwner() => $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>Leases and returns up to <paramref name="max"/> due rows, oldest first.</summary>
    public Task<IReadOnlyList<OutboxEntry>> DueAsync(PostgresDatabase database, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        return database.InTransactionAsync<IReadOnlyList<OutboxEntry>>(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "gupsoap:lease:" + table, cancellationToken);
            await using var command = Command(connection, transaction, $"""
                WITH due AS (
                    SELECT o.sequence FROM {table} o
                    WHERE o.state = 'pending' AND o.due_at <= @now
                      AND (o.lease_owner IS NULL OR o.lease_owner = @owner OR o.lease_until <= @now)
                      AND NOT EXISTS (
                          SELECT 1 FROM {table} e
                          WHERE e.invoke_id = o.invoke_id AND e.sequence < o.sequence AND e.state = 'pending'
                            AND e.lease_owner <> @owner AND e.lease_until > @now)
                    ORDER BY o.sequence
                    LIMIT @max
                    FOR UPDATE OF o SKIP LOCKED)
                UPDATE {table} t SET lease_owner = @owner, lease_until = @until
                FROM due WHERE t.sequence = due.sequence
                RETURNING {Qualified("t")}
                """, ("now", now.UtcTicks), ("owner", Owner), ("until", (now + Duration).UtcTicks), ("max", max));
            var due = await ReadAllAsync(command, Read, cancellationToken);
            due.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
            return due;
        }, cancellationToken);
    }

    /// <summary>
    /// The lease a row keeps while it waits for its retry at <paramref name="next"/>: this process retries it unless
    /// it dies, so no other process sends the subscription's later rows ahead of it.
    /// </summary>
    public long RetryLeaseUntil(DateTimeOffset next) => (next + Duration).UtcTicks;

    public static OutboxEntry Read(Npgsql.NpgsqlDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new OutboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.GetString(5),
            reader.GetInt32(6), new DateTimeOffset(reader.GetInt64(7), TimeSpan.Zero));
    }

    private static string Qualified(string alias) => string.Join(", ", EntryColumns.Split(", ").Select(c => alias + "." + c));
}
