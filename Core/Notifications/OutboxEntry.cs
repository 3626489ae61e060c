namespace GupSoap.Core.Notifications;

/// <summary>
/// One notification waiting in an outbox (SECURITY.md R3, R4, R7): written in the same transaction as the change that
/// caused it; <see cref="NotificationId"/> stays the same across redeliveries (at-least-once).
/// </summary>
/// <param name="Sequence">The outbox's own order (FIFO per endpoint).</param>
/// <param name="SubscriptionId">The invoke id of the subscription it belongs to.</param>
/// <param name="Endpoint">The callback URL (the subscription's NotifyTo).</param>
/// <param name="Payload">The message body element as XML text (rp:NotifyData or rg:Notify); headers are added per attempt.</param>
/// <param name="Audience">The providerID of the subscriber, for the token that authenticates us to it.</param>
public sealed record OutboxEntry(
    long Sequence,
    string NotificationId,
    string SubscriptionId,
    string Endpoint,
    string Payload,
    string Audience,
    int Attempts,
    DateTimeOffset DueAt);
