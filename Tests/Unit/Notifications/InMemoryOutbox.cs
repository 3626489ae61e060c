using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>An <see cref="IOutbox"/> in a list, recording every outcome, whose tests wait on conditions instead of time.</summary>
internal sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock _gate = new();
    private readonly List<OutboxEntry> _pending = [];
    private readonly List<(Func<bool> Condition, TaskCompletionSource Signal)> _waiters = [];
    private long _sequence;
    private (TaskCompletionSource Read, TaskCompletionSource Answer)? _heldLook;

    public List<OutboxEntry> Delivered { get; } = [];

    public List<(OutboxEntry Entry, DateTimeOffset NextAttempt, string Error)> Retries { get; } = [];

    public List<(OutboxEntry Entry, string Reason)> GivenUp { get; } = [];

    public int Looks { get; private set; }

    public OutboxEntry Add(string endpoint, string subscriptionId = "sub-1", string? payload = null, DateTimeOffset dueAt = default)
    {
        lock (_gate)
        {
            var sequence = ++_sequence;
            var entry = new OutboxEntry(sequence, $"urn:uuid:{Guid.NewGuid()}", subscriptionId, endpoint,
                payload ?? $"<rg:Notify xmlns:rg=\"urn:3gpp:gup:2006-08:rg\"><n>{sequence}</n></rg:Notify>", "urn:test:subscriber", 0, dueAt);
            _pending.Add(entry);
            return entry;
        }
    }

    /// <summary>
    /// Holds the next look between reading the outbox and answering, as a database read whose answer arrives late:
    /// <c>Read</c> completes once that look has read, the look answers once <c>Answer</c> is completed.
    /// </summary>
    public (TaskCompletionSource Read, TaskCompletionSource Answer) HoldNextLook()
    {
        lock (_gate)
        {
            _heldLook = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            return _heldLook.Value;
        }
    }

    public async Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        IReadOnlyList<OutboxEntry> due;
        (TaskCompletionSource Read, TaskCompletionSource Answer)? held;
        lock (_gate)
        {
            Looks++;
            due = [.. _pending.Where(e => e.DueAt <= now).OrderBy(e => e.Sequence).Take(max)];
            held = _heldLook;
            _heldLook = null;
            Changed();
        }

        if (held is { } look)
        {
            look.Read.TrySetResult();
            await look.Answer.Task.WaitAsync(cancellationToken);
        }

        return due;
    }

    public Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken) => Update(entry, () => Delivered.Add(entry));

    public Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken) =>
        Update(entry, () =>
        {
            Retries.Add((entry, nextAttempt, error));
            _pending.Add(entry with { Attempts = entry.Attempts + 1, DueAt = nextAttempt });
        });

    public Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken) =>
        Update(entry, () =>
        {
            GivenUp.Add((entry, reason));
            _pending.RemoveAll(e => e.SubscriptionId == entry.SubscriptionId);
        });

    /// <summary>Completes once <paramref name="condition"/> holds after some outbox call (or already does).</summary>
    public Task WaitUntilAsync(Func<bool> condition, int timeoutSeconds = 30)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (condition())
            {
                return Task.CompletedTask;
            }

            _waiters.Add((condition, signal));
        }

        return signal.Task.WaitAsync(TimeSpan.FromSeconds(timeoutSeconds));
    }

    public T Read<T>(Func<InMemoryOutbox, T> read)
    {
        lock (_gate)
        {
            return read(this);
        }
    }

    private Task Update(OutboxEntry entry, Action change)
    {
        lock (_gate)
        {
            _pending.RemoveAll(e => e.Sequence == entry.Sequence);
            change();
            Changed();
        }

        return Task.CompletedTask;
    }

    private void Changed()
    {
        foreach (var waiter in _waiters.Where(w => w.Condition()).ToList())
        {
            _waiters.Remove(waiter);
            waiter.Signal.TrySetResult();
        }
    }
}
