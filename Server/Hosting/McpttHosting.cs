using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Mcptt;
using GupSoap.Server.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// MCPTT configuration management in the GUP Server role: <c>/mcptt/cm</c> over the same Rg machinery (locator, Rp
/// client, rules, subscriptions), the device activation store <c>mcptt-devices.db</c> and the server key for signing.
/// </summary>
internal static class McpttHosting
{
    public const string Path = "/mcptt/cm";

    public static void AddMcptt(IServiceCollection services, IConfiguration configuration, string dataDirectory, string providerId, StoreSelection stores)
    {
        var options = new McpttOptions();
        foreach (var administrator in configuration.GetSection("Gup:Mcptt:Administrators").GetChildren().Select(c => c.Value).OfType<string>())
        {
            options.Administrators.Add(administrator);
        }

        services.AddSingleton(options);
        services.AddSingleton<IDeviceActivationStore>(stores.Postgres
            ? new PostgresDeviceActivationStore(stores.Gup, StoreSelection.GupSchema)
            : new DeviceActivationStore(System.IO.Path.Combine(dataDirectory, DeviceActivationStore.FileName)));
        services.AddSingleton(sp => new McpttContext(sp.GetRequiredService<RgContext>(), sp.GetRequiredService<SubscriptionContext>(), sp.GetRequiredService<IDeviceActivationStore>(),
            sp.GetRequiredService<SigningCredentials>(), options, sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Server.Mcptt")));
        services.AddKeyedSingleton(Path, (sp, _) => McpttCmService.Create(sp.GetRequiredService<McpttContext>(), providerId));
    }

    public static async Task MapMcpttAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<IDeviceActivationStore>().InitializeAsync(CancellationToken.None);
        var service = app.Services.GetRequiredKeyedService<SoapService>(Path);
        service.WarmUp();
        ChargingHosting.Attach(app, service, Core.Charging.ChargingMode.Proxy);
        LoadControlHosting.Attach(app, service);
        var endpoint = new SoapEndpoint(service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>());
        app.MapSoapService(Path, endpoint, McpttCmWsdl.Document);
    }
}
