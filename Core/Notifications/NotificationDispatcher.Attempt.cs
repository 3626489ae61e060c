using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Notifications;

/// <summary>One attempt of one lane and what the outbox is told about it (SECURITY.md R3, R4).</summary>
public sealed partial class NotificationDispatcher
{
    private async Task AttemptAsync(DeliveryLane lane, OutboxEntry entry)
    {
        var attempt = entry.Attempts + 1;
        var host = HostOf(entry.Endpoint);
        DeliveryAttempt result;
        try
        {
            result = await _sender.SendAsync(entry, _abort.Token);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Stopped mid-attempt: the entry stays pending and goes again after restart (at least once).
            Release(entry);
            return;
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Notification sender failed for subscription {SubscriptionId} at {Host}", entry.SubscriptionId, host);
            result = DeliveryAttempt.Retryable("The notification could not be sent (" + ex.GetType().Name + ").");
        }

        if (result.Delivered)
        {
            Interlocked.Increment(ref _delivered);
            _logger.LogInformation("Notification {NotificationId} delivered to {Host} for subscription {SubscriptionId} on attempt {Attempt}",
                entry.NotificationId, host, entry.SubscriptionId, attempt);
            await RecordAsync(entry, ct => _outbox.DeliveredAsync(entry, ct));
            Release(entry);
            return;
        }

        Interlocked.Increment(ref _failedAttempts);
        var error = result.Error ?? "The callback did not accept the notification.";
        if (result.Permanent || attempt >= _options.MaxAttempts)
        {
            var reason = result.Permanent ? error : $"Not delivered after {attempt} attempts; last: {error}";
            Interlocked.Increment(ref _givenUp);
            _logger.LogWarning("Notification {NotificationId} given up at {Host} for subscription {SubscriptionId} on attempt {Attempt}: {Reason}",
                entry.NotificationId, host, entry.SubscriptionId, attempt, reason);
            await RecordAsync(entry, ct => _outbox.GiveUpAsync(entry, reason, ct));
            lock (_gate)
            {
                Settle(entry.Sequence);
                _lookInFlight?.GivenUp(entry.SubscriptionId);
                foreach (var dropped in lane.DropSubscription(entry.SubscriptionId))
                {
                    Settle(dropped);
                }
            }

            return;
        }

        var next = _time.GetUtcNow() + Backoff(attempt);
        _logger.LogInformation("Notification {NotificationId} to {Host} for subscription {SubscriptionId} failed on attempt {Attempt}, retrying at {NextAttempt}: {Error}",
            entry.NotificationId, host, entry.SubscriptionId, attempt, next, error);

        // The outbox first: were the lane released before, a look in between would find the entry still due.
        await RecordAsync(entry, ct => _outbox.RetryAsync(entry, next, error, ct));
        lock (_gate)
        {
            Settle(entry.Sequence);
            lane.Block(entry.Sequence, next);
        }
    }

    private TimeSpan Backoff(int attempt)
    {
        double sample;
        lock (_random)
        {
            sample = _random.NextDouble();
        }

        return FullJitterBackoff.Delay(_options, attempt, sample);
    }

    private async Task RecordAsync(OutboxEntry entry, Func<CancellationToken, Task> write)
    {
        try
        {
            await write(_abort.Token);
        }
        catch (Exception ex)
        {
            // Not recorded: the entry stays pending and is sent again (at least once), never lost.
            _logger.LogWarning(ex, "The outbox did not record the outcome of notification {NotificationId} for subscription {SubscriptionId}",
                entry.NotificationId, entry.SubscriptionId);
        }
    }

    private void Release(OutboxEntry entry)
    {
        lock (_gate)
        {
            Settle(entry.Sequence);
        }
    }

    /// <summary>
    /// The entry leaves this dispatcher's hands with its outcome recorded; a look already in flight may still return
    /// it as it was, and that copy is dropped. Called under <see cref="_gate"/>.
    /// </summary>
    private void Settle(long sequence)
    {
        _held.Remove(sequence);
        _lookInFlight?.Settled(sequence);
    }

    private static string HostOf(string endpoint) => Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) ? uri.Host : "(not a URL)";
}
