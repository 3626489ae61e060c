using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.2 SvcMDAssociationAdd: associate registered entries with the requestor's own subscriber.</summary>
internal static class SvcMdAssociationAddOperation
{
    public static async Task<SvcMDAssociationAddResponse> HandleAsync(DiscoveryContext disco, SvcMDAssociationAddRequest request, SoapRequestContext context)
    {
        var (subscriber, refused) = AssociationSubject.Of(context);
        var ids = request.SvcMDIDs ?? [];
        if ((refused ?? DiscoStatus.CheckCount(disco, ids.Length, "SvcMDID")) is { } status)
        {
            return new SvcMDAssociationAddResponse { Status = status };
        }

        if (context.Simulate)
        {
            return new SvcMDAssociationAddResponse();
        }

        var code = await disco.Registry.AssociateAsync(subscriber!, ids, context.CancellationToken);
        disco.Logger.LogInformation("Discovery: {Provider} associated {Count} entries with its subscriber: {Status}", context.Who.ProviderId, ids.Length, code);
        return new SvcMDAssociationAddResponse { Status = DiscoStatus.Of(code, DiscoStatus.Explain(code)) };
    }
}
