using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Charging;

/// <summary>
/// Writes charging records off the request path (TS 23.240 §4.1.9): a request only queues its record on a bounded
/// channel; one writer takes every record waiting and appends them in one transaction (group commit). A full queue
/// makes requests wait rather than lose records; a failing store is retried with the batch kept, and disposing
/// flushes what is queued before it returns.
/// </summary>
/// <remarks>
/// A transaction costs about as much as six records (its commit), so the writer lets a group gather for
/// <see cref="GroupDelay"/> after the first record of it arrives (less when a full group, <see cref="MaxGroup"/> or the
/// queue's capacity if smaller, is waiting, a flush is asked for or the process stops): under load a group is then tens to hundreds of records instead of the
/// two or three that queued during the last commit.
/// </remarks>
public sealed class ChargingWriter : IChargingLog, IAsyncDisposable
{
    /// <summary>Most records one transaction appends.</summary>
    public const int MaxGroup = 512;

    private readonly IChargingStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger? _logger;
    private readonly Channel<Entry> _queue;
    private readonly Task _writer;
    private readonly TimeSpan _groupDelay;
    private readonly int _fullGroup;
    private TaskCompletionSource _hurry = NewHurry();
    private long _written;
    private volatile bool _stopping;

    /// <param name="groupDelay">How long a group gathers before it is written; null for <see cref="DefaultGroupDelay"/>, zero to write at once.</param>
    public ChargingWriter(IChargingStore store, TimeProvider time, int capacity = 10_000, ILogger<ChargingWriter>? logger = null, TimeSpan? groupDelay = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(groupDelay ?? TimeSpan.Zero, TimeSpan.Zero);
        _store = store;
        _time = time;
        _logger = logger;
        _groupDelay = groupDelay ?? DefaultGroupDelay;
        _fullGroup = Math.Min(MaxGroup, capacity);
        _queue = Channel.CreateBounded<Entry>(new BoundedChannelOptions(capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>How long a group of records gathers by default (<c>Gup:Charging:GroupDelay</c>).</summary>
    public static TimeSpan DefaultGroupDelay { get; } = TimeSpan.FromMilliseconds(10);

    /// <summary>How long a group gathers before it is written.</summary>
    public TimeSpan GroupDelay => _groupDelay;

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
        if (!_queue.Writer.TryWrite(entry))
        {
            return WaitForRoomAsync(entry, cancellationToken);
        }

        if (_queue.Reader.Count >= _fullGroup)
        {
            Hurry();
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask WaitForRoomAsync(Entry entry, CancellationToken cancellationToken)
    {
        // The queue is full: nothing more will gather.
        Hurry();
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
        Hurry();
        await flushed.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops taking records and writes every one queued (the host calls this on shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        _queue.Writer.TryComplete();
        Hurry();
        await _writer;
    }

    private async Task WriteAsync()
    {
        var group = new List<ChargingRecord>(MaxGroup);
        while (await _queue.Reader.WaitToReadAsync())
        {
            await GatherAsync();
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

    /// <summary>Lets a group gather: waits <see cref="GroupDelay"/> unless told to hurry.</summary>
    private async Task GatherAsync()
    {
        var hurry = _hurry;
        if (_groupDelay > TimeSpan.Zero && !_stopping && !hurry.Task.IsCompleted && _queue.Reader.Count < _fullGroup)
        {
            // Real time, not the injected provider: this is pacing, not a deadline a test steps through.
            await Task.WhenAny(hurry.Task, Task.Delay(_groupDelay));
        }

        if (hurry.Task.IsCompleted)
        {
            // A hurry asked for after this point is seen by the next group (it only shortens a wait).
            Interlocked.CompareExchange(ref _hurry, NewHurry(), hurry);
        }
    }

    private void Hurry() => Volatile.Read(ref _hurry).TrySetResult();

    private static TaskCompletionSource NewHurry() => new(TaskCreationOptions.RunContinuationsAsynchronously);

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
