using System.Xml.Linq;

namespace GupSoap.Raf;

/// <summary>One Repository Access Function: its name, providerID, the component types it holds and its limits.</summary>
public sealed class RafOptions
{
    public required string Name { get; init; }

    /// <summary>Our providerID on Rp (PROTOCOL.md: <c>urn:gupsoap:raf:{name}</c> unless configured).</summary>
    public required string ProviderId { get; init; }

    public required IReadOnlySet<XName> ComponentTypes { get; init; }

    public required string DatabasePath { get; init; }

    /// <summary>List Data page size when the request gives none, and the largest page served.</summary>
    public int DefaultListCount { get; init; } = 100;

    public int MaxListCount { get; init; } = 1000;

    /// <summary>Most items (reads, modifications, definitions) in one request.</summary>
    public int MaxItemsPerRequest { get; init; } = 100;

    /// <summary>The latest <c>expires</c> a Subscribe To Data may ask for, from now (SECURITY.md A10: expiry required).</summary>
    public TimeSpan MaxSubscriptionLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Most active subscriptions one requestor (providerID) may hold at this RAF (SECURITY.md A10).</summary>
    public int MaxSubscriptionsPerRequestor { get; init; } = 100;
}
