using GupSoap.Contracts.Gup;
using GupSoap.Core.Security;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// An application's Rg subscription as the GUP Server keeps it (TS 23.240 §4.3.5, proxy mode): who asked (so later
/// notifications are filtered with that requestor's rights), what, where to notify, until when.
/// </summary>
public sealed record AppSubscription
{
    public required string InvokeId { get; init; }
    public required RequestorContext Requestor { get; init; }
    public required string ResourceId { get; init; }
    public required IReadOnlyList<DataSelect> Selects { get; init; }
    public required string NotifyTo { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public int MinIntervalSeconds { get; init; }

    /// <summary>Whether the application asked for the current values right away (Filter/@initialValues).</summary>
    public bool InitialValues { get; init; }
    public string Status { get; init; } = SubscriptionStatus.Active;
    public string? Reason { get; init; }
}

/// <summary>Subscription states; a suspended one keeps its record and says why (SECURITY.md R3).</summary>
public static class SubscriptionStatus
{
    public const string Active = "active";
    public const string Suspended = "suspended";
}

/// <summary>One subscription the GUP Server holds at a RAF on an application's behalf.</summary>
public sealed record RafSubscription(string AppInvokeId, string Raf, string RafInvokeId);
