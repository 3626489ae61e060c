using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GupSoap.Core.Security;

/// <summary>
/// Takes SQLite's write lock for a file shared by several processes. SQLite's own busy handler backs off to a probe
/// every 100 ms, so a process that commits back to back takes the lock again between two probes and starves the
/// other one until its busy timeout runs out ("database is locked" under disk load, while the lock is free most of
/// the time). Here <c>BEGIN IMMEDIATE</c> is probed every millisecond until the wait runs out, then fails as before.
/// </summary>
internal static class SqliteWriteLock
{
    /// <summary>Begins an immediate transaction on <paramref name="connection"/> (busy_timeout 0), waiting at most <paramref name="wait"/>.</summary>
    private static void Begin(SqliteConnection connection, TimeSpan wait)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(wait.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
            if (rc == raw.SQLITE_OK)
            {
                return;
            }

            if ((rc & 0xff) != raw.SQLITE_BUSY || Stopwatch.GetTimestamp() >= deadline)
            {
                SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            }

            Thread.Sleep(1);
        }
    }

    /// <summary>Runs <paramref name="write"/> in an immediate transaction (<see cref="Begin"/>): committed when it returns, rolled back when it throws.</summary>
    public static T InTransaction<T>(SqliteConnection connection, TimeSpan wait, Func<T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Begin(connection, wait);
        try
        {
            var result = write();
            Commit(connection);
            return result;
        }
        catch
        {
            Rollback(connection);
            throw;
        }
    }

    /// <summary>Commits the transaction <see cref="Begin"/> opened.</summary>
    private static void Commit(SqliteConnection connection) => Execute(connection, "COMMIT");

    /// <summary>
    /// Rolls back the transaction <see cref="Begin"/> opened, if SQLite has not already ended it. Best effort: it runs
    /// while another failure is being thrown, and closing the connection rolls back as well.
    /// </summary>
    private static void Rollback(SqliteConnection connection)
    {
        if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
        {
            raw.sqlite3_exec(connection.Handle, "ROLLBACK");
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        var rc = raw.sqlite3_exec(connection.Handle, sql);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }
}
