using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GupSoap.Core.Security;

/// <summary>One id to record until <see cref="ExpiresAt"/> (Unix milliseconds).</summary>
internal readonly record struct ReplayRecord(string Scope, string Id, long ExpiresAt);

/// <summary>
/// One open SQLite connection to the replay file with its two prepared statements. Not thread-safe:
/// <see cref="SqliteReplayCache"/> serializes its use.
/// </summary>
internal sealed class ReplayCacheConnection : IDisposable
{
    // One statement decides atomically, across threads and processes: a new id is inserted, an expired one is
    // renewed, a live one is left alone and reports no change.
    private const string RecordSql = """
        INSERT INTO replay (scope, id, expires_at) VALUES ($scope, $id, $expires)
        ON CONFLICT (scope, id) DO UPDATE SET expires_at = excluded.expires_at WHERE replay.expires_at <= $now
        """;

    private const string PurgeSql = """
        DELETE FROM replay WHERE (scope, id) IN (SELECT scope, id FROM replay WHERE expires_at <= $now LIMIT $limit)
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeSpan _busyTimeout;
    private readonly SqliteCommand _record;
    private readonly SqliteCommand _purge;

    private ReplayCacheConnection(SqliteConnection connection, TimeSpan busyTimeout, int timeoutSeconds)
    {
        _connection = connection;
        _busyTimeout = busyTimeout;
        _record = Prepare(RecordSql, timeoutSeconds, "$scope", "$id", "$expires", "$now");
        _purge = Prepare(PurgeSql, timeoutSeconds, "$now", "$limit");
    }

    public static ReplayCacheConnection Open(string path, TimeSpan busyTimeout)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var timeoutSeconds = Math.Max(1, (int)Math.Ceiling(busyTimeout.TotalSeconds));
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // This instance keeps its connection for its lifetime; a pooled one would keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = timeoutSeconds,
        }.ToString());
        try
        {
            connection.Open();
            using var setup = connection.CreateCommand();
            // busy_timeout first: switching to WAL and creating the table may wait for another process.
            setup.CommandText = string.Create(CultureInfo.InvariantCulture, $"""
                PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = NORMAL;
                CREATE TABLE IF NOT EXISTS replay (
                    scope TEXT NOT NULL,
                    id TEXT NOT NULL,
                    expires_at INTEGER NOT NULL,
                    PRIMARY KEY (scope, id)) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS replay_expiry ON replay (expires_at);
                """);
            setup.ExecuteNonQuery();

            // Every later write takes the lock through SqliteWriteLock, which probes for it itself.
            setup.CommandText = "PRAGMA busy_timeout = 0";
            setup.ExecuteNonQuery();
            return new ReplayCacheConnection(connection, busyTimeout, timeoutSeconds);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Records every pending id in one transaction (group commit: one WAL commit for all the callers waiting now) and
    /// says for each whether it was new (inserted, or an expired record renewed) or a replay — also of an id earlier
    /// in the same batch. Nothing is reported before the commit; a failure rolls back all of them.
    /// </summary>
    public bool[] RecordAll(IReadOnlyList<ReplayRecord> records, long now) => SqliteWriteLock.InTransaction(_connection, _busyTimeout, () =>
    {
        var results = new bool[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            _record.Parameters[0].Value = records[i].Scope;
            _record.Parameters[1].Value = records[i].Id;
            _record.Parameters[2].Value = records[i].ExpiresAt;
            _record.Parameters[3].Value = now;
            results[i] = _record.ExecuteNonQuery() == 1;
        }

        return results;
    });

    public int Purge(long now, int limit) => SqliteWriteLock.InTransaction(_connection, _busyTimeout, () =>
    {
        _purge.Parameters[0].Value = now;
        _purge.Parameters[1].Value = limit;
        return _purge.ExecuteNonQuery();
    });

    public void Dispose()
    {
        _record.Dispose();
        _purge.Dispose();
        _connection.Dispose();
    }

    private SqliteCommand Prepare(string sql, int timeoutSeconds, params string[] parameters)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
