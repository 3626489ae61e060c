using GupSoap.Contracts.Disco;

namespace GupSoap.Discovery.Registry;

/// <summary>
/// The Discovery Service's store of service metadata and subscriber associations (Discovery 2.0 §3.4). Each write is
/// all or nothing and answers a <see cref="DiscoStatusCodes"/> value; callers decide authorization, the registry only
/// enforces the owner a write is limited to (<c>onlyProvider</c>) inside its transaction.
/// </summary>
public interface IServiceRegistry
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Registers every entry or none: ids are generated (urn:uuid) unless given; a used id is Duplicate, an entry offering a service type at an address its provider already registered is LogicalDuplicate.</summary>
    Task<(string Status, IReadOnlyList<string> Ids)> RegisterAsync(IReadOnlyList<SvcMD> entries, string registeredBy, bool operatorWide, CancellationToken cancellationToken);

    /// <summary>Replaces entries named by their svcMDID (NotFound when unknown, Forbidden when owned by another provider than <paramref name="onlyProvider"/>).</summary>
    Task<string> ReplaceAsync(IReadOnlyList<SvcMD> entries, string? onlyProvider, CancellationToken cancellationToken);

    /// <summary>Deletes entries and their associations (NotFound when unknown, Forbidden when owned by another provider than <paramref name="onlyProvider"/>).</summary>
    Task<string> DeleteAsync(IReadOnlyList<string> ids, string? onlyProvider, CancellationToken cancellationToken);

    /// <summary>Every registered entry, in registration order.</summary>
    Task<IReadOnlyList<RegisteredService>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Associates entries with a subscriber (NotFound when an id is unknown; an existing association is kept).</summary>
    Task<string> AssociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>Removes associations of a subscriber (NotFound when one of them does not exist).</summary>
    Task<string> DissociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>The ids of the entries a subscriber is associated with.</summary>
    Task<IReadOnlySet<string>> AssociationsAsync(string subscriber, CancellationToken cancellationToken);
}
