using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Security;

/// <summary>
/// <see cref="IReplayCache"/> on one SQLite file (SECURITY.md S9, R9, R10), shared by every process that opens it.
/// WAL with <c>synchronous=NORMAL</c>: a committed record survives a killed process; a power loss may lose the last
/// few commits. Concurrent callers are recorded together (group commit): one writer takes every id waiting, records
/// them in one transaction and answers each only after the commit, so an id is durable before any answer depends on
/// it. Every failure (unwritable file, disk full, lock held past the busy timeout, corrupt file) throws to every
/// caller of that batch.
/// </summary>
public sealed class SqliteReplayCache : IReplayCache, IDisposable, IAsyncDisposable
{
    /// <summary>How long a statement waits for another process's write lock before it fails (and the caller refuses).</summary>
    public static readonly TimeSpan BusyTimeout = TimeSpan.FromSeconds(2);

    /// <summary>How often expired rows are looked for.</summary>
    public static readonly TimeSpan PurgeInterval = TimeSpan.FromMinutes(1);

    /// <summary>Rows one purge step deletes, so no single batch pays for a large backlog.</summary>
    public const int PurgeBatch = 1000;

    /// <summary>Most ids one transaction records; more waiting callers go in the next one.</summary>
    public const int MaxGroup = 512;

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger<SqliteReplayCache>? _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Channel<Pending> _waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _writer;
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
        _writer = Task.Run(WriteAsync);
    }

    public ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(id);
        var pending = new Pending(new ReplayRecord(scope, id, expiresAt.ToUnixTimeMilliseconds()));
        ObjectDisposedException.ThrowIf(!_waiting.Writer.TryWrite(pending), this);

        // A caller that gives up still leaves its id to be recorded: spent, never half-recorded.
        return new ValueTask<bool>(pending.Completion.Task.WaitAsync(cancellationToken));
    }

    /// <summary>Deletes every expired row now (the writer purges the same in small steps).</summary>
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

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        _waiting.Writer.TryComplete();
        // The writer answers everything already waiting before it stops.
        await _writer;
        await _gate.WaitAsync();
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

    private async Task WriteAsync()
    {
        var group = new List<Pending>(MaxGroup);
        var records = new List<ReplayRecord>(MaxGroup);
        while (await _waiting.Reader.WaitToReadAsync())
        {
            group.Clear();
            records.Clear();
            while (group.Count < MaxGroup && _waiting.Reader.TryRead(out var pending))
            {
                group.Add(pending);
                records.Add(pending.Record);
            }

            await _gate.WaitAsync();
            try
            {
                // Purge first: when it fails the callers are refused before their ids are spent.
                PurgeStep();
                var results = Run(connection => connection.RecordAll(records, Now()));
                for (var i = 0; i < group.Count; i++)
                {
                    group[i].Completion.TrySetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var pending in group)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
            finally
            {
                _gate.Release();
            }
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

    private sealed class Pending(ReplayRecord record)
    {
        public ReplayRecord Record { get; } = record;

        public TaskCompletionSource<bool> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
