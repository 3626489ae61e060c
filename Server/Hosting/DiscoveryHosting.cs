using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Discovery;
using GupSoap.Discovery.Registry;
using GupSoap.Discovery.Tokens;
using GupSoap.Schemas;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The Discovery role (Liberty ID-WSF Discovery 2.0; ARCHITECTURE.md "Endpoints"): <c>/disco</c> over the SQLite registry
/// <c>discovery.db</c>, issuing tokens with the deployment's signing key as the trusted authority.
/// </summary>
internal static class DiscoveryHosting
{
    public const string Path = "/disco";

    public static void AddDiscovery(IServiceCollection services, IConfiguration configuration, string dataDirectory, StoreSelection stores)
    {
        var options = ReadOptions(configuration);
        services.AddSingleton(options);
        services.AddSingleton<IServiceRegistry>(stores.Postgres
            ? new PostgresServiceRegistry(stores.Gup, StoreSelection.DiscoverySchema)
            : new SqliteServiceRegistry(System.IO.Path.Combine(dataDirectory, "discovery.db")));
        services.AddSingleton(sp => new DiscoveryTokens(sp.GetRequiredService<AssertionIssuer>(), sp.GetRequiredService<TimeProvider>(), options.TokenLifetime));
        services.AddSingleton(sp => new DiscoveryContext(options, sp.GetRequiredService<IServiceRegistry>(), sp.GetRequiredService<DiscoveryTokens>(),
            sp.GetRequiredService<TrustedIssuers>(), sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Discovery")));
    }

    public static async Task MapDiscoveryAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<IServiceRegistry>().InitializeAsync(CancellationToken.None);
        var service = DiscoveryService.Create(app.Services.GetRequiredService<DiscoveryContext>());
        service.WarmUp();
        ChargingHosting.Attach(app, service);
        var endpoint = new SoapEndpoint(service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>());
        app.MapSoapService(Path, endpoint, DiscoveryWsdl.Create(SchemaRegistry.Default.GetSchemaText));
    }

    /// <summary><c>Gup:Discovery:ProviderId</c>, <c>:TokenMinutes</c> (1–1440, default 5) and <c>:Registrars:{i}</c>.</summary>
    public static DiscoveryOptions ReadOptions(IConfiguration configuration)
    {
        var minutes = configuration.GetValue("Gup:Discovery:TokenMinutes", 5);
        if (minutes is < 1 or > 1440)
        {
            throw new ConfigurationException("Gup:Discovery:TokenMinutes", "is out of range.", "Use a number of minutes between 1 and 1440.");
        }

        return new DiscoveryOptions
        {
            ProviderId = ProviderId(configuration),
            TokenLifetime = TimeSpan.FromMinutes(minutes),
            Registrars = configuration.GetSection("Gup:Discovery:Registrars").GetChildren()
                .Select(c => c.Value).OfType<string>().Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal),
        };
    }

    public static string ProviderId(IConfiguration configuration) => configuration["Gup:Discovery:ProviderId"] ?? "urn:gupsoap:disco";
}
