using System.Xml.Linq;
using GupSoap.Contracts.Gup;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// One Subscribe To Data (TS 23.240 §4.4.6) held by a RAF: what to watch, where to send Notify Data, whose it is and
/// until when. <see cref="Subscriber"/> and <see cref="Audience"/> are the requestor's providerID.
/// </summary>
public sealed record Subscription(
    string InvokeId,
    string ResourceId,
    XName ComponentType,
    IReadOnlyList<DataSelect> Selects,
    string NotifyTo,
    string Subscriber,
    string Audience,
    int MinIntervalSeconds,
    DateTimeOffset ExpiresAt,
    DateTimeOffset CreatedAt)
{
    public string Status { get; init; } = SubscriptionStatus.Active;

    public string? SuspendedReason { get; init; }

    /// <summary>When the latest notification was due or, once delivered, sent; minInterval counts from here.</summary>
    public DateTimeOffset? LastNotifiedAt { get; init; }

    /// <summary>A new invoke id: <c>s-</c> and 32 random hex digits, unguessable so ids cannot be probed (SECURITY.md A7).</summary>
    public static string NewInvokeId() => "s-" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}

/// <summary>The states of a subscription: notified, or stopped after its callback kept failing (SECURITY.md R3).</summary>
public static class SubscriptionStatus
{
    public const string Active = "active";
    public const string Suspended = "suspended";
}

/// <summary>The <c>changeType</c> values of Notify Data (TS 23.240 §4.4.8).</summary>
public static class ChangeTypes
{
    public const string Created = "created";
    public const string Modified = "modified";
    public const string Deleted = "deleted";

    /// <summary>The current values sent at subscribe time when the filter asks for initialValues.</summary>
    public const string Initial = "initial";
}
