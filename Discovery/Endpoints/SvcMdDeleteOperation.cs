using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Authorization;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.6 SvcMDDelete: all named entries or none; a registrar only its own.</summary>
internal static class SvcMdDeleteOperation
{
    public static async Task<SvcMDDeleteResponse> HandleAsync(DiscoveryContext disco, SvcMDDeleteRequest request, SoapRequestContext context)
    {
        var caller = DiscoveryCaller.Of(disco, context);
        var ids = request.SvcMDIDs ?? [];
        if (!caller.MayWrite)
        {
            return new SvcMDDeleteResponse { Status = DiscoStatus.Forbidden("The requestor may not change the Discovery registry.") };
        }

        if (DiscoStatus.CheckCount(disco, ids.Length, "SvcMDID") is { } count)
        {
            return new SvcMDDeleteResponse { Status = count };
        }

        if (context.Simulate)
        {
            return new SvcMDDeleteResponse();
        }

        var status = await disco.Registry.DeleteAsync(ids, caller.OnlyProvider, context.CancellationToken);
        disco.Logger.LogInformation("Discovery: {Provider} deleted {Count} service entries: {Status}", caller.Who.ProviderId, ids.Length, status);
        return new SvcMDDeleteResponse { Status = DiscoStatus.Of(status, DiscoStatus.Explain(status)) };
    }
}
