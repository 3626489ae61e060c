using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.7 SvcMDAssociationQuery: the entries the requestor's subscriber is associated with (only those named, when ids are given).</summary>
internal static class SvcMdAssociationQueryOperation
{
    public static async Task<SvcMDAssociationQueryResponse> HandleAsync(DiscoveryContext disco, SvcMDAssociationQueryRequest request, SoapRequestContext context)
    {
        var (subscriber, refused) = AssociationSubject.Of(context);
        var ids = request.SvcMDIDs ?? [];
        if ((refused ?? (ids.Length > disco.Options.MaxItemsPerRequest ? DiscoStatus.Failed("Too many SvcMDID items.") : null)) is { } status)
        {
            return new SvcMDAssociationQueryResponse { Status = status };
        }

        var associated = await disco.Registry.AssociationsAsync(subscriber!, context.CancellationToken);
        var answered = ids.Length == 0 ? associated.Order(StringComparer.Ordinal).ToArray() : ids.Distinct().Where(associated.Contains).ToArray();
        return new SvcMDAssociationQueryResponse { SvcMDIDs = answered.Length > 0 ? answered : null };
    }
}
