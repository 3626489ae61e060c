namespace GupSoap.Core.Notifications;

/// <summary>Makes one delivery attempt of an outbox entry to its callback (TS 23.240 §4.3.7, §4.4.8).</summary>
public interface INotificationSender
{
    /// <summary>
    /// One attempt. Failures are results, not exceptions; only cancellation through <paramref name="ct"/> throws.
    /// </summary>
    Task<DeliveryAttempt> SendAsync(OutboxEntry entry, CancellationToken ct);
}
