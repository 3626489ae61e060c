using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Charging;

/// <summary>
/// Writes charging records off the request path (TS 23.240 §4.1.9): a request only queues its record on a bounded
/// channel; one writer takes every record waiting and appends them in one transaction (group commit). A full queue
/// makes requests wait rather than lose records; a failing store is retried with the batch kept, and disposing
/// flushes what is queued before it returns.
/// </summary>
public sealed class ChargingWriter : IChargingLog, IAsyncDisposable
{
    /// <summary>Most records one transaction appends.</summary>
    public const int MaxGroup = 512;

    private readonly IChargingStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;
    private readonly Channel<Entry> _queue;
    private readonly Task _writer;
    private long _written;
    private volatile bool _stopping;

    public ChargingWriter(IChargingStore store, TimeProvider time, int capacity = 10_000, ILogger<ChargingWriter>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _store = store;
        _time = time;
        _logger = logger;
        _queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>How long the writer waits before it tries a failed batch again.</summary>
    public static TimeSpan RetryDelay { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts a batch gets once the process is stopping, before its records are given up (and logged).</summary>
    public const int AttemptsWhenStopping = 3;

    /// <summary>Records appended so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    public ValueTask WriteAsync(ChargingRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entry = new Entry(record, null);
        return _queue.Writer.TryWrite(entry) ? ValueTask.CompletedTask : WaitForRoomAsync(entry, cancellationToken);
    }

    private async ValueTask WaitForRoomAsync(Entry entry, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(entry, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            // Background work finishing after the flush at shutdown; its operation is done, only the record is late.
            _logger?.LogWarning("Charging record of {Operation} at {Recorder} arrived after the shutdown flush and was not written", entry.Record!.Operation, entry.Record.Recorder);
        }
    }

    /// <summary>Waits until every record queued before the call is durable (tests, the admin command on a live process).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync(new Entry(null, flushed), cancellationToken);
        await flushed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking records and writes every one queued (the host calls this on shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        _queue.Writer.TryComplete();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var group = new List<ChargingRecord>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            group.Clear();
            TaskCompletionSource? flush = null;
            // A flush ends the group: it is answered once everything queued before it is durable.
            while (flush is null && group.Count < MaxGroup && _queue.Reader.TryRead(out var entry))
            {
                if (entry.Record is { } record)
                {
                    group.Add(record);
                }

                flush = entry.Flush;
            }

            if (group.Count > 0)
            {
                await AppendWithRetryAsync(group);
            }

            flush?.TrySetResult();
        }
    }

    private async Task AppendWithRetryAsync(List<ChargingRecord> group)
    {
        var failures = 0;
        while (true)
        {
            try
            {
                await _store.AppendAsync(group, CancellationToken.None);
                Interlocked.Add(ref _written, group.Count);
                if (failures > 0)
                {
                    _logger?.LogInformation("Charging store is writing again after {Failures} failed attempts", failures);
                }

                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                if (failures++ == 0)
                {
                    _logger?.LogError(ex, "Charging store cannot write {Count} records; retrying with them kept", group.Count);
                }

                if (_stopping && failures >= AttemptsWhenStopping)
                {
                    _logger?.LogError("Charging store: {Count} records lost at shutdown, the store did not answer", group.Count);
                    return;
                }

                await Task.Delay(RetryDelay, _time);
            }
        }
    }

    private readonly record struct Entry(ChargingRecord? Record, TaskCompletionSource? Flush);
}
