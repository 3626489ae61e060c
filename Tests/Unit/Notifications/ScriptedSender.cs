using System.Collections.Concurrent;
using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>
/// An <see cref="INotificationSender"/> that answers from a per-endpoint script, records every attempt, and can hold
/// an endpoint's attempts until released, so tests observe ordering and concurrency through events.
/// </summary>
internal sealed class ScriptedSender : INotificationSender
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<DeliveryAttempt>> _scripts = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _holds = new();
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private readonly ConcurrentQueue<OutboxEntry> _attempts = new();
    private int _maxInFlightPerEndpoint;

    public event Action<OutboxEntry>? AttemptStarted;

    public IReadOnlyList<OutboxEntry> Attempts => [.. _attempts];

    /// <summary>The most attempts ever in flight at once to one endpoint.</summary>
    public int MaxInFlightPerEndpoint => Volatile.Read(ref _maxInFlightPerEndpoint);

    /// <summary>Answers the next attempts to <paramref name="endpoint"/> with these results, then succeeds.</summary>
    public void Script(string endpoint, params DeliveryAttempt[] results)
    {
        var queue = _scripts.GetOrAdd(endpoint, _ => new ConcurrentQueue<DeliveryAttempt>());
        foreach (var result in results)
        {
            queue.Enqueue(result);
        }
    }

    /// <summary>Attempts to <paramref name="endpoint"/> wait until <see cref="Release"/> or cancellation.</summary>
    public void Hold(string endpoint) => _holds[endpoint] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release(string endpoint)
    {
        if (_holds.TryRemove(endpoint, out var hold))
        {
            hold.TrySetResult();
        }
    }

    public async Task<DeliveryAttempt> SendAsync(OutboxEntry entry, CancellationToken ct)
    {
        var now = _inFlight.AddOrUpdate(entry.Endpoint, 1, (_, n) => n + 1);
        InterlockedMax(now);
        _attempts.Enqueue(entry);
        AttemptStarted?.Invoke(entry);
        try
        {
            if (_holds.TryGetValue(entry.Endpoint, out var hold))
            {
                await hold.Task.WaitAsync(ct);
            }

            return _scripts.TryGetValue(entry.Endpoint, out var queue) && queue.TryDequeue(out var result) ? result : DeliveryAttempt.Success;
        }
        finally
        {
            _inFlight.AddOrUpdate(entry.Endpoint, 0, (_, n) => n - 1);
        }
    }

    private void InterlockedMax(int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref _maxInFlightPerEndpoint)))
        {
            Interlocked.CompareExchange(ref _maxInFlightPerEndpoint, value, seen);
        }
    }
}
