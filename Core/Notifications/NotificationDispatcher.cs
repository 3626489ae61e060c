using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Notifications;

/// <summary>
/// Drains an <see cref="IOutbox"/> (TS 23.240 §4.3.7, §4.4.8; SECURITY.md R3, R4, R9) through one lane per callback
/// endpoint: within a lane one attempt at a time in sequence order, lanes side by side, so a dead endpoint only ever
/// holds up its own notifications. Failed attempts are retried with full-jitter exponential backoff until
/// <see cref="DeliveryOptions.MaxAttempts"/>, then given up (the outbox suspends the subscription).
/// </summary>
/// <remarks>
/// Delivery is at least once: if the process stops after a callback received a notification but before the outbox
/// recorded it, the entry is sent again after restart with the same <see cref="OutboxEntry.NotificationId"/>, and
/// receivers drop repeats by that id. Stopping lets attempts in flight finish for <see cref="DeliveryOptions.DrainTimeout"/>.
/// </remarks>
public sealed partial class NotificationDispatcher : IAsyncDisposable
{
    private readonly IOutbox _outbox;
    private readonly INotificationSender _sender;
    private readonly DeliveryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<NotificationDispatcher> _logger;
    private readonly Random _random;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DeliveryLane> _lanes = new(StringComparer.Ordinal);

    // Entries queued in a lane or in flight: a look at the outbox returns them again and must not queue them twice.
    private readonly HashSet<long> _held = [];

    // Entries settled (delivered, rescheduled, given up or let go) while a look at the outbox was in flight: that
    // look may have read them before the outbox recorded the outcome, so what it returns of them is stale.
    private StaleLookFilter? _lookInFlight;
    private readonly SemaphoreSlim _slots;
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _abort = new();
    private Task? _loop;
    private bool _disposed;
    private long _delivered;
    private long _failedAttempts;
    private long _givenUp;

    /// <param name="random">Source of the backoff jitter; <see cref="Random.Shared"/> unless a test fixes it.</param>
    public NotificationDispatcher(IOutbox outbox, INotificationSender sender, DeliveryOptions options, TimeProvider time, ILogger<NotificationDispatcher> logger, Random? random = null)
    {
        _outbox = outbox ?? throw new ArgumentNullException(nameof(outbox));
        _sender = sender ?? throw new ArgumentNullException(nameof(sender));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _random = random ?? Random.Shared;
        _slots = new SemaphoreSlim(Math.Max(1, options.MaxEndpoints));
    }

    public long DeliveredCount => Interlocked.Read(ref _delivered);

    public long FailedAttempts => Interlocked.Read(ref _failedAttempts);

    public long GivenUpCount => Interlocked.Read(ref _givenUp);

    /// <summary>Entries taken from the outbox and not yet delivered or given up: queued in a lane, waiting for a retry, or in flight.</summary>
    public int Backlog
    {
        get
        {
            lock (_gate)
            {
                return _held.Count;
            }
        }
    }

    public void Start()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _loop ??= Task.Run(() => PollLoopAsync(_stopping.Token));
        }
    }

    /// <summary>A new entry was committed: look at the outbox now rather than at the next poll.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    public async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        await _stopping.CancelAsync();
        _wake.Writer.TryComplete();
        Task[] pending;
        lock (_gate)
        {
            // Collected after the stop, which no look at the outbox passes, so no worker starts after this.
            pending = [.. _lanes.Values.Select(l => l.Worker).OfType<Task>(), .. _loop is null ? [] : new[] { _loop }];
        }

        var all = Task.WhenAll(pending);
        var finished = await FinishesWithinAsync(all, _options.DrainTimeout);
        if (!finished)
        {
            _logger.LogWarning("Notification attempts still in flight after {DrainTimeout}; cancelling them", _options.DrainTimeout);
            await _abort.CancelAsync();
            finished = await FinishesWithinAsync(all, _options.DrainTimeout);
        }

        if (finished)
        {
            // A worker that never finished may still touch these; leaving them to the finalizer is the lesser harm.
            _stopping.Dispose();
            _abort.Dispose();
            _slots.Dispose();
        }
    }

    private async Task<bool> FinishesWithinAsync(Task task, TimeSpan bound)
    {
        using var timer = new CancellationTokenSource();
        var first = await Task.WhenAny(task, Task.Delay(bound, _time, timer.Token));
        await timer.CancelAsync();
        return first == task;
    }
}
