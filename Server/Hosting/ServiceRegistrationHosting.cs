using GupSoap.Contracts.Disco;
using GupSoap.Core.Security;
using GupSoap.Raf;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.Hosting;

/// <summary>Adds the start-up registration of this process's services at Discovery (<see cref="ServiceRegistration"/>).</summary>
internal static class ServiceRegistrationHosting
{
    public const string McpttCmPath = "/mcptt/cm";

    public static void AddServiceRegistration(IServiceCollection services, IConfiguration configuration, bool hostsGup, IEnumerable<RafOptions> hostedRafs)
    {
        var gupProviderId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        var own = new List<OwnService>();
        if (hostsGup)
        {
            own.Add(new OwnService(gupProviderId, DiscoUris.RgServiceType, GupServerHosting.Path, "GUP Server: the subscriber's Generic User Profile (Rg)"));
            own.Add(new OwnService(gupProviderId, DiscoUris.McpttCmServiceType, McpttCmPath, "MCPTT configuration management: user profiles"));
        }

        own.AddRange(hostedRafs.Select(r => new OwnService(r.ProviderId, DiscoUris.RpServiceType, $"/raf/{r.Name}/rp", $"Repository Access Function '{r.Name}' (Rp)")));
        var requireClientTls = (configuration.GetSection("Gup:Security").Get<SecurityOptions>() ?? new SecurityOptions()).RpRequiresClientTls;
        services.AddSingleton(new ServiceRegistrationPlan(own, requireClientTls));
        services.AddSingleton<ServiceRegistration>();
        services.AddHostedService(sp => sp.GetRequiredService<ServiceRegistration>());
    }
}
