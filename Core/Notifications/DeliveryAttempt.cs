namespace GupSoap.Core.Notifications;

/// <summary>
/// How one delivery attempt ended (SECURITY.md R3): delivered, failed and worth retrying, or failed for good
/// (<paramref name="Permanent"/>), with a short reason that never contains the payload.
/// </summary>
public sealed record DeliveryAttempt(bool Delivered, bool Permanent, string? Error)
{
    public static DeliveryAttempt Success { get; } = new(true, false, null);

    public static DeliveryAttempt Retryable(string error) => new(false, false, error);

    public static DeliveryAttempt Rejected(string error) => new(false, true, error);
}
