using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Authorization;

namespace GupSoap.Discovery.Endpoints;

/// <summary>
/// Discovery 2.0 §3.4.4 SvcMDQuery: the entries named, or all, among those the requestor may see: every entry for the
/// deployment; otherwise operator-wide ones, its own registrations and those associated with its subscriber.
/// An id it may not see is answered like an unknown one (SECURITY.md A7).
/// </summary>
internal static class SvcMdQueryOperation
{
    public static async Task<SvcMDQueryResponse> HandleAsync(DiscoveryContext disco, SvcMDQueryRequest request, SoapRequestContext context)
    {
        var caller = DiscoveryCaller.Of(disco, context);
        var ids = request.SvcMDIDs ?? [];
        if (ids.Length > disco.Options.MaxItemsPerRequest)
        {
            return new SvcMDQueryResponse { Status = DiscoStatus.Failed($"At most {disco.Options.MaxItemsPerRequest} SvcMDID items per request.") };
        }

        var entries = await disco.Registry.ListAsync(context.CancellationToken);
        var associated = caller.Who.SubscriberId is { } subscriber ? await disco.Registry.AssociationsAsync(subscriber, context.CancellationToken) : new HashSet<string>();
        var visible = entries.Where(e => caller.IsDeployment || e.OperatorWide || e.ProviderId == caller.Who.ProviderId || associated.Contains(e.Id))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (ids.Length == 0)
        {
            return new SvcMDQueryResponse { SvcMDs = visible.Count > 0 ? visible.Values.Select(e => e.Metadata).ToArray() : null };
        }

        return ids.All(visible.ContainsKey)
            ? new SvcMDQueryResponse { SvcMDs = ids.Distinct().Select(id => visible[id].Metadata).ToArray() }
            : new SvcMDQueryResponse { Status = DiscoStatus.Of(DiscoStatusCodes.NotFound, DiscoStatus.Explain(DiscoStatusCodes.NotFound)) };
    }
}
