using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Authorization;
using Microsoft.Extensions.Logging;

namespace GupSoap.Discovery.Endpoints;

/// <summary>Discovery 2.0 §3.4.1 SvcMDRegister: the deployment registers operator-wide services; a registrar its own.</summary>
internal static class SvcMdRegisterOperation
{
    public static async Task<SvcMDRegisterResponse> HandleAsync(DiscoveryContext disco, SvcMDRegisterRequest request, SoapRequestContext context)
    {
        var caller = DiscoveryCaller.Of(disco, context);
        var entries = request.SvcMDs ?? [];
        if (SvcMdWrites.Refusal(disco, caller, entries) is { } refused)
        {
            return new SvcMDRegisterResponse { Status = refused };
        }

        if (context.Simulate)
        {
            return new SvcMDRegisterResponse();
        }

        var (status, ids) = await disco.Registry.RegisterAsync(entries, caller.Who.ProviderId, caller.IsDeployment, context.CancellationToken);
        disco.Logger.LogInformation("Discovery: {Provider} registered {Count} service entries: {Status}", caller.Who.ProviderId, entries.Length, status);
        return new SvcMDRegisterResponse { Status = DiscoStatus.Of(status, DiscoStatus.Explain(status)), SvcMDIDs = ids.Count > 0 ? [.. ids] : null };
    }
}
