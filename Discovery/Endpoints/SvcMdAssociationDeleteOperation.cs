using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.3 SvcMDAssociationDelete: remove associations of the requestor's own subscriber, all or none.</summary>
internal static class SvcMdAssociationDeleteOperation
{
    public static async Task<SvcMDAssociationDeleteResponse> HandleAsync(DiscoveryContext disco, SvcMDAssociationDeleteRequest request, SoapRequestContext context)
    {
        var (subscriber, refused) = AssociationSubject.Of(context);
        var ids = request.SvcMDIDs ?? [];
        if ((refused ?? DiscoStatus.CheckCount(disco, ids.Length, "SvcMDID")) is { } status)
        {
            return new SvcMDAssociationDeleteResponse { Status = status };
        }

        if (context.Simulate)
        {
            return new SvcMDAssociationDeleteResponse();
        }

        var code = await disco.Registry.DissociateAsync(subscriber!, ids, context.CancellationToken);
        disco.Logger.LogInformation("Discovery: {Provider} removed {Count} associations of its subscriber: {Status}", context.Who.ProviderId, ids.Length, code);
        return new SvcMDAssociationDeleteResponse { Status = DiscoStatus.Of(code, "The subscriber is not associated with this entry.") };
    }
}
