using GupSoap.Core.Storage.Postgres;
using Microsoft.Extensions.Logging;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Core.Security;

/// <summary>
/// <see cref="IReplayCache"/> on PostgreSQL (SECURITY.md S9, R9, R10), shared by every GUP Server, RAF and Discovery
/// process on the database: one unique insert decides, so an id recorded at one process is refused at all others.
/// Every failure (database down, pool exhausted, statement timeout) throws, and callers refuse the request.
/// </summary>
public sealed class PostgresReplayCache(PostgresDatabase database, PostgresSchema schema, TimeProvider time, ILogger<PostgresReplayCache>? logger = null) : IReplayCache
{
    public const string Component = "replay";

    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE {schema}.replay (
            scope      text   NOT NULL,
            id         text   NOT NULL,
            expires_at bigint NOT NULL,
            PRIMARY KEY (scope, id));
        CREATE INDEX replay_expiry ON {schema}.replay (expires_at);
        """,
    ];

    private readonly string _record = schema.Apply("""
        INSERT INTO {schema}.replay (scope, id, expires_at) VALUES (@scope, @id, @expires)
        ON CONFLICT (scope, id) DO UPDATE SET expires_at = excluded.expires_at WHERE {schema}.replay.expires_at <= @now
        """);

    private readonly string _purge = schema.Apply("""
        DELETE FROM {schema}.replay WHERE ctid IN (SELECT ctid FROM {schema}.replay WHERE expires_at <= @now LIMIT @limit)
        """);

    private long _nextPurge;
    private int _failing;

    public Task InitializeAsync(CancellationToken cancellationToken) => PostgresMigrations.ApplyAsync(database, schema, Component, Migrations, cancellationToken);

    public async ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(id);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            var now = time.GetUtcNow();
            var inserted = await ExecuteAsync(connection, null, _record, cancellationToken,
                ("scope", scope), ("id", id), ("expires", expiresAt.ToUnixTimeMilliseconds()), ("now", now.ToUnixTimeMilliseconds())) == 1;
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                logger?.LogInformation("Replay cache on {Database} is answering again", database.Description);
            }

            await PurgeIfDueAsync(connection, now, cancellationToken);
            return inserted;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                logger?.LogError(ex, "Replay cache on {Database} cannot answer; one-time identifiers are refused until it recovers", database.Description);
            }

            throw;
        }
    }

    /// <summary>Deletes every expired row now (the periodic purge does the same in small steps).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            deleted = await ExecuteAsync(connection, null, _purge, cancellationToken, ("now", time.GetUtcNow().ToUnixTimeMilliseconds()), ("limit", SqliteReplayCache.PurgeBatch));
            total += deleted;
        }
        while (deleted == SqliteReplayCache.PurgeBatch);
        return total;
    }

    /// <summary>One batch after the id is recorded, when due; stays due while batches come back full.</summary>
    private async Task PurgeIfDueAsync(Npgsql.NpgsqlConnection connection, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = Interlocked.Read(ref _nextPurge);
        if (now.UtcTicks < next || Interlocked.CompareExchange(ref _nextPurge, now.UtcTicks + SqliteReplayCache.PurgeInterval.Ticks, next) != next)
        {
            return;
        }

        try
        {
            var deleted = await ExecuteAsync(connection, null, _purge, cancellationToken, ("now", now.ToUnixTimeMilliseconds()), ("limit", SqliteReplayCache.PurgeBatch));
            if (deleted == SqliteReplayCache.PurgeBatch)
            {
                Interlocked.Exchange(ref _nextPurge, now.UtcTicks);
            }
        }
        catch (Npgsql.NpgsqlException ex)
        {
            // The id is recorded and the answer stands; expired rows wait for the next purge.
            logger?.LogWarning(ex, "Replay cache on {Database}: purging expired ids failed", database.Description);
        }
    }
}
