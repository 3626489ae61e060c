using Microsoft.Extensions.Logging;

namespace GupSoap.Core.Notifications;

/// <summary>Looking at the outbox and running one worker per lane (SECURITY.md R3).</summary>
public sealed partial class NotificationDispatcher
{
    private async Task PollLoopAsync(CancellationToken stop)
    {
        var lastFullLook = DateTimeOffset.MinValue;
        while (!stop.IsCancellationRequested)
        {
            if (await PollOnceAsync(lastFullLook, stop))
            {
                lastFullLook = _time.GetUtcNow();
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stop);
            await Task.WhenAny(Task.Delay(_options.PollInterval, _time, wait.Token), _wake.Reader.WaitToReadAsync(wait.Token).AsTask());
            await wait.CancelAsync();
            if (_options.LookSpacing > TimeSpan.Zero)
            {
                // Wake-ups that come while waiting here (one per write under load) are served by the next look. A
                // pacing of the process, not a time of the protocol: real time even when _time is a test's clock.
                await Task.Delay(_options.LookSpacing, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            _wake.Reader.TryRead(out _);
        }
    }

    /// <summary>One look at the outbox; false when it was skipped because the lanes hold enough already.</summary>
    private async Task<bool> PollOnceAsync(DateTimeOffset lastFullLook, CancellationToken stop)
    {
        var now = _time.GetUtcNow();
        int max;
        StaleLookFilter stale;
        lock (_gate)
        {
            if (_held.Count >= _options.MaxHeld && now - lastFullLook < _options.PollInterval)
            {
                return false;
            }

            // Held entries come back in every look; asking for that many more keeps BatchSize new ones in reach.
            max = _options.BatchSize + _held.Count;
            _lookInFlight = stale = new StaleLookFilter();
        }

        IReadOnlyList<OutboxEntry> due;
        try
        {
            due = await _outbox.DueAsync(now, max, stop);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            EndLook();
            return false;
        }
        catch (Exception ex)
        {
            EndLook();
            _logger.LogWarning(ex, "The outbox could not be read; looking again in {PollInterval}", _options.PollInterval);
            return false;
        }

        lock (_gate)
        {
            if (!stop.IsCancellationRequested)
            {
                Admit(stale.Current(due), now, lookWasComplete: due.Count < max);
            }

            _lookInFlight = null;
        }

        return true;
    }

    private void EndLook()
    {
        lock (_gate)
        {
            _lookInFlight = null;
        }
    }

    private void Admit(IReadOnlyList<OutboxEntry> due, DateTimeOffset now, bool lookWasComplete)
    {
        foreach (var entry in due)
        {
            if (!_held.Add(entry.Sequence))
            {
                continue;
            }

            var key = DeliveryLane.KeyOf(entry.Endpoint);
            if (!_lanes.TryGetValue(key, out var lane))
            {
                _lanes[key] = lane = new DeliveryLane(key);
            }

            lane.Add(entry);
        }

        foreach (var lane in _lanes.Values.ToList())
        {
            lane.ReleaseIfHeadVanished(now, lookWasComplete);
            if (lane.HasRunnable)
            {
                lane.Running = true;
                lane.Worker = Task.Run(() => RunLaneAsync(lane));
            }
            else if (lane.IsIdle)
            {
                _lanes.Remove(lane.Key);
            }
        }
    }

    private async Task RunLaneAsync(DeliveryLane lane)
    {
        while (true)
        {
            OutboxEntry? entry;
            lock (_gate)
            {
                entry = _stopping.IsCancellationRequested ? null : lane.TakeNext();
                if (entry is null)
                {
                    lane.Running = false;
                    break;
                }
            }

            if (!await TryTakeSlotAsync())
            {
                return;
            }

            try
            {
                await AttemptAsync(lane, entry);
            }
            finally
            {
                _slots.Release();
            }
        }

        // The lane ran dry or is waiting for a retry: what comes after it in the outbox can be looked at now.
        Wake();
    }

    private async Task<bool> TryTakeSlotAsync()
    {
        try
        {
            await _slots.WaitAsync(_stopping.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
