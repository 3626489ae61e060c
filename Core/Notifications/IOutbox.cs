namespace GupSoap.Core.Notifications;

/// <summary>
/// A durable outbox the delivery workers drain (TS 23.240 §4.3.7/§4.4.8 notifications; SECURITY.md R3, R4, R7, R9).
/// Implementations keep entries in the same database as the data they describe, so a change and its notification
/// commit together, and pending entries survive restarts.
/// </summary>
public interface IOutbox
{
    /// <summary>Pending entries due at <paramref name="now"/>, in <see cref="OutboxEntry.Sequence"/> order.</summary>
    Task<IReadOnlyList<OutboxEntry>> DueAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);

    Task DeliveredAsync(OutboxEntry entry, CancellationToken cancellationToken);

    /// <summary>Keeps the entry for another attempt at <paramref name="nextAttempt"/>, counting this one.</summary>
    Task RetryAsync(OutboxEntry entry, DateTimeOffset nextAttempt, string error, CancellationToken cancellationToken);

    /// <summary>Stops trying: the entry is parked and its subscription suspended with <paramref name="reason"/>.</summary>
    Task GiveUpAsync(OutboxEntry entry, string reason, CancellationToken cancellationToken);
}
