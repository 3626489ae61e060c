namespace GupSoap.Core.Notifications;

/// <summary>
/// The queue of one callback endpoint (scheme, host, port) (SECURITY.md R3): entries leave it one at a time in
/// <see cref="OutboxEntry.Sequence"/> order, and while its head waits for a retry nothing behind it moves. Not
/// thread-safe: the dispatcher guards it.
/// </summary>
internal sealed class DeliveryLane(string key)
{
    private readonly SortedDictionary<long, OutboxEntry> _pending = [];

    public string Key { get; } = key;

    /// <summary>A worker is taking entries from this lane.</summary>
    public bool Running { get; set; }

    public Task? Worker { get; set; }

    /// <summary>The head that failed and is waiting in the outbox for its retry time, if any.</summary>
    public long? BlockedSequence { get; private set; }

    public DateTimeOffset BlockedUntil { get; private set; }

    public bool IsIdle => !Running && _pending.Count == 0 && BlockedSequence is null;

    public bool HasRunnable => !Running && BlockedSequence is null && _pending.Count > 0;

    /// <summary>The endpoint's lane key: scheme, host and port; the raw text when it is not a URL.</summary>
    public static string KeyOf(string endpoint)
    {
        return Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.IdnHost.Length > 0
            ? $"{uri.Scheme}://{uri.IdnHost.ToLowerInvariant()}:{uri.Port}"
            : endpoint;
    }

    public void Add(OutboxEntry entry)
    {
        _pending[entry.Sequence] = entry;
        if (entry.Sequence == BlockedSequence)
        {
            // The head is due again and back in front.
            BlockedSequence = null;
        }
    }

    /// <summary>Takes the head if nothing holds the lane.</summary>
    public OutboxEntry? TakeNext()
    {
        if (BlockedSequence is not null || _pending.Count == 0)
        {
            return null;
        }

        var head = _pending.First();
        _pending.Remove(head.Key);
        return head.Value;
    }

    public void Block(long sequence, DateTimeOffset until)
    {
        BlockedSequence = sequence;
        BlockedUntil = until;
    }

    /// <summary>
    /// Releases a lane whose head's retry time has passed but which a complete look at the outbox did not return:
    /// the head is gone (given up or removed elsewhere), so what follows may move.
    /// </summary>
    public void ReleaseIfHeadVanished(DateTimeOffset now, bool lookWasComplete)
    {
        if (BlockedSequence is not null && lookWasComplete && now >= BlockedUntil)
        {
            BlockedSequence = null;
        }
    }

    /// <summary>Drops the queued entries of a subscription that was given up; returns their sequences.</summary>
    public List<long> DropSubscription(string subscriptionId)
    {
        var dropped = _pending.Where(p => p.Value.SubscriptionId == subscriptionId).Select(p => p.Key).ToList();
        foreach (var sequence in dropped)
        {
            _pending.Remove(sequence);
        }

        return dropped;
    }
}
