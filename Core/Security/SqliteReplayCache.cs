using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Security;

/// <summary>
/// <see cref="IReplayCache"/> on one SQLite file (SECURITY.md S9, R9, R10), shared by every process that opens it.
/// WAL with <c>synchronous=NORMAL</c>: a committed record survives a killed process; a power loss may lose the last
/// few commits. Every failure (unwritable file, disk full, lock held past the busy timeout, corrupt file) throws.
/// </summary>
public sealed class SqliteReplayCache : IReplayCache, IDisposable, IAsyncDisposable
{
    /// <summary>How long a statement waits for another process's write lock before it fails (and the caller refuses).</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How often expired rows are looked for.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    /// <summary>Rows one purge step deletes, so no single request pays for a large backlog.</summary>
    public const int PurgeBatch = 1000;

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteReplayCache>? _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ReplayCacheConnection? _connection;
    private long _nextPurge;
    private bool _failing;
    private bool _disposed;

    public SqliteReplayCache(string path, TimeProvider time, ILogger<SqliteReplayCache>? logger = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(time);
        _path = Path.GetFullPath(path);
        _time = time;
        _logger = logger;
    }

    public async ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(id);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            // Purge first: when it fails the request is refused before its id is spent.
            PurgeStep();
            return Run(connection => connection.Record(scope, id, expiresAt.ToUnixTimeMilliseconds(), Now()));
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Deletes every expired row now (the periodic purge does the same in small steps).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var total = 0;
            int deleted;
            do
            {
                deleted = Run(connection => connection.Purge(Now(), PurgeBatch));
                total += deleted;
            }
            while (deleted == PurgeBatch);
            return total;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        // Waits for a running statement so the connection is never closed under it.
        _gate.Wait(Timeout.Infinite);
        Close();
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        Close();
    }

    /// <summary>Closes the file while holding the gate; callers waiting behind it then find the disposed flag.</summary>
    private void Close()
    {
        try
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private long Now() => _time.GetUtcNow().ToUnixTimeMilliseconds();

    /// <summary>When a purge is due, deletes one batch; stays due while batches come back full.</summary>
    private void PurgeStep()
    {
        var now = _time.GetUtcNow().UtcTicks;
        if (now < _nextPurge)
        {
            return;
        }

        var deleted = Run(connection => connection.Purge(Now(), PurgeBatch));
        if (deleted < PurgeBatch)
        {
            _nextPurge = now + PurgeInterval.Ticks;
        }
    }

    /// <summary>Runs one step on the open connection; on failure drops the connection (reopened next time) and rethrows.</summary>
    private T Run<T>(Func<ReplayCacheConnection, T> step)
    {
        try
        {
            _connection ??= ReplayCacheConnection.Open(_path, BusyTimeout);
            var result = step(_connection);
            if (_failing)
            {
                _failing = false;
                _logger?.LogInformation("Replay cache {Path} is answering again", _path);
            }

            return result;
        }
        catch (Exception ex)
        {
            _connection?.Dispose();
            _connection = null;
            if (!_failing)
            {
                _failing = true;
                _logger?.LogError(ex, "Replay cache {Path} cannot answer; one-time identifiers are refused until it recovers", _path);
            }

            throw;
        }
    }
}
