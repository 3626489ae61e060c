using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Authorization;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.5 SvcMDReplace: each entry named by its svcMDID; a registrar only its own entries, keeping its own ProviderID.</summary>
internal static class SvcMdReplaceOperation
{
    public static async Task<SvcMDReplaceResponse> HandleAsync(DiscoveryContext disco, SvcMDReplaceRequest request, SoapRequestContext context)
    {
        var caller = DiscoveryCaller.Of(disco, context);
        var entries = request.SvcMDs ?? [];
        if (SvcMdWrites.Refusal(disco, caller, entries) is { } refused)
        {
            return new SvcMDReplaceResponse { Status = refused };
        }

        if (entries.Any(e => e.SvcMDID is null))
        {
            return new SvcMDReplaceResponse { Status = DiscoStatus.Failed("SvcMDReplace needs the svcMDID of each entry.") };
        }

        if (context.Simulate)
        {
            return new SvcMDReplaceResponse();
        }

        var status = await disco.Registry.ReplaceAsync(entries, caller.OnlyProvider, context.CancellationToken);
        disco.Logger.LogInformation("Discovery: {Provider} replaced {Count} service entries: {Status}", caller.Who.ProviderId, entries.Length, status);
        return new SvcMDReplaceResponse { Status = DiscoStatus.Of(status, DiscoStatus.Explain(status)) };
    }
}
