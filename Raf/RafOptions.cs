using System.Xml.Linq;

namespace GupSoap.Raf;

/// <summary>One Repository Access Function: its name, providerID, the component types it holds and its limits.</summary>
public sealed class RafOptions
{
    public required string Name { get; init; }

    /// <summary>Our providerID on Rp (PROTOCOL.md: <c>urn:gupsoap:raf:{name}</c> unless configured).</summary>
    public required string ProviderId { get; init; }

    public required IReadOnlySet<XName> ComponentTypes { get; init; }

    /// <summary>The deployment's schemas: the component types it declares, each validated on write (TS 23.240 §4.1.1).</summary>
    public GupSoap.Schemas.SchemaRegistry Schemas { get; init; } = GupSoap.Schemas.SchemaRegistry.Default;

    /// <summary>The SQLite file of the embedded default; unused when <see cref="Database"/> is set.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>The PostgreSQL database holding this RAF's schema (<c>raf_{name}</c>); null for SQLite at <see cref="DatabasePath"/>.</summary>
    public Core.Storage.Postgres.PostgresDatabase? Database { get; init; }

    /// <summary>How long a process holds outbox rows it took from PostgreSQL before another process may send them (at least once after a crash).</summary>
    public TimeSpan NotificationLease { get; init; } = TimeSpan.FromSeconds(30);

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
