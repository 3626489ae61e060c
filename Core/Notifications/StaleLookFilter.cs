namespace GupSoap.Core.Notifications;

/// <summary>
/// What a look at the outbox that is still in flight may return stale: entries whose outcome was recorded after it
/// read (delivered, rescheduled, let go) and subscriptions given up after it read (their later entries are parked).
/// Not thread-safe: the dispatcher guards it.
/// </summary>
internal sealed class StaleLookFilter
{
    private readonly HashSet<long> _settled = [];
    private readonly HashSet<string> _givenUp = new(StringComparer.Ordinal);

    public void Settled(long sequence) => _settled.Add(sequence);

    public void GivenUp(string subscriptionId) => _givenUp.Add(subscriptionId);

    /// <summary>The entries of <paramref name="due"/> that are still as the look read them.</summary>
    public List<OutboxEntry> Current(IReadOnlyList<OutboxEntry> due) =>
        [.. due.Where(e => !_settled.Contains(e.Sequence) && !_givenUp.Contains(e.SubscriptionId))];
}
