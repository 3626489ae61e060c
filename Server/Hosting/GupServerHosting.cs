using GupSoap.Core.Authorization;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Redirect;
using GupSoap.Server.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The GUP Server role: Rg at <c>/gup/rg</c>, the component location registry, and the Rp client (pooled
/// <c>HttpClient</c> with per-RAF attempt timeout and circuit breaker) that reaches every RAF, in-process or remote.
/// </summary>
internal static class GupServerHosting
{
    public const string Path = "/gup/rg";

    public static void AddGupServer(IServiceCollection services, IConfiguration configuration, IReadOnlyList<RafEndpoint> rafs, string dataDirectory, StoreSelection stores)
    {
        var rpOptions = configuration.GetSection("Gup:Rp").Get<RpClientOptions>() ?? new RpClientOptions();
        var rgOptions = configuration.GetSection("Gup:Rg").Get<RgOptions>() ?? new RgOptions();
        var providerId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        services.AddSingleton(rpOptions);
        services.AddSingleton(rgOptions);
        services.AddSingleton(new RafDirectory(rafs));
        services.AddSingleton<ILocationStore>(stores.Postgres
            ? new PostgresLocationStore(stores.Gup, StoreSelection.GupSchema)
            : new SqliteLocationStore(System.IO.Path.Combine(dataDirectory, "gup-locations.db")));
        services.AddSingleton<ComponentLocator>();
        services.AddSingleton<LocalServerAddress>();
        services.AddSingleton<RpTokens>();
        services.AddSingleton(sp => new RpClient(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<LocalServerAddress>(), rpOptions,
            sp.GetRequiredService<XmlLimits>(), providerId, sp.GetRequiredService<RpTokens>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RpClient>>()));
        var redirectOptions = configuration.GetSection("Gup:Redirect").Get<RedirectOptions>() ?? new RedirectOptions();
        services.AddSingleton(redirectOptions);
        services.AddSingleton<RedirectPolicy>();
        services.AddSingleton<RedirectTokens>();
        services.AddSingleton<PublicRafAddress>();
        services.AddSingleton<Redirector>();
        services.AddSingleton(sp => new RgContext(sp.GetRequiredService<ComponentLocator>(), sp.GetRequiredService<RpClient>(), rgOptions, rpOptions,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<AuthorizationRules>(), SystemRequestor.For(providerId))
        {
            Redirect = sp.GetRequiredService<Redirector>(),
        });
        SubscriptionHosting.AddGupSubscriptions(services, configuration, dataDirectory, providerId, stores);
        McpttHosting.AddMcptt(services, configuration, dataDirectory, providerId, stores);
        services.AddSingleton(sp => RgService.Create(sp.GetRequiredService<RgContext>(), sp.GetRequiredService<Subscriptions.SubscriptionContext>(), providerId,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Server.Rg")));

        services.AddHttpClient(RpClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(2),
                    ConnectTimeout = rpOptions.AttemptTimeout,
                };
                RpClientCertificates.ConfigurePrimaryHandler(handler, configuration, dataDirectory);
                return handler;
            })
            .AddResilienceHandler("rp", pipeline =>
            {
                pipeline.AddTimeout(rpOptions.AttemptTimeout);
                pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = 0.5,
                    MinimumThroughput = rpOptions.BreakMinimumThroughput,
                    SamplingDuration = TimeSpan.FromSeconds(10),
                    BreakDuration = rpOptions.BreakDuration,
                });
            })
            .SelectPipelineByAuthority();
    }

    public static async Task MapGupServerAsync(WebApplication app)
    {
        await app.Services.GetRequiredService<ILocationStore>().InitializeAsync(CancellationToken.None);
        var service = app.Services.GetRequiredService<SoapService>();
        service.WarmUp();
        var endpoint = new SoapEndpoint(service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>());
        app.MapSoapService(Path, endpoint, RgWsdl.Document);
        await SubscriptionHosting.MapGupSubscriptionsAsync(app);
        await McpttHosting.MapMcpttAsync(app);
    }
}
