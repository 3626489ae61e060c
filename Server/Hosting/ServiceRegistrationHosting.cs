using System.Xml.Linq;
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

    /// <param name="servedTypes">The component types the GUP Server serves (those of every RAF it reaches), in order.</param>
    public static void AddServiceRegistration(IServiceCollection services, IConfiguration configuration, bool hostsGup, IEnumerable<RafOptions> hostedRafs,
        IEnumerable<XName> servedTypes)
    {
        var gupProviderId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        var own = new List<OwnService>();
        if (hostsGup)
        {
            own.Add(new OwnService(gupProviderId, DiscoUris.RgServiceType, GupServerHosting.Path, "GUP Server: the subscriber's Generic User Profile (Rg)", Options(servedTypes)));
            own.Add(new OwnService(gupProviderId, DiscoUris.McpttCmServiceType, McpttCmPath, "MCPTT configuration management: user profiles"));
        }

        own.AddRange(hostedRafs.Select(r => new OwnService(r.ProviderId, DiscoUris.RpServiceType, $"/raf/{r.Name}/rp", $"Repository Access Function '{r.Name}' (Rp)",
            Options(r.Schemas.ComponentTypes.Where(r.ComponentTypes.Contains)))));
        var requireClientTls = (configuration.GetSection("Gup:Security").Get<SecurityOptions>() ?? new SecurityOptions()).RpRequiresClientTls;
        services.AddSingleton(new ServiceRegistrationPlan(own, requireClientTls));
        services.AddSingleton<ServiceRegistration>();
        services.AddHostedService(sp => sp.GetRequiredService<ServiceRegistration>());
    }

    private static List<string> Options(IEnumerable<XName> types) => [.. types.Distinct().Select(t => DiscoUris.ComponentTypeOption(t.NamespaceName, t.LocalName))];
}
