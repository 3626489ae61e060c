using GupSoap.Core.Authorization;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;
using GupSoap.Server.LoadControl;
using GupSoap.Server.Recovery;
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
/// The GUP Server role: Rg at <c>/gup/rg</c>, the component location registry, and the Rp client that calls RAFs of
/// this process directly and every other RAF over SOAP (pooled <c>HttpClient</c> with per-RAF attempt timeout and
/// circuit breaker).
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
        LoadControlHosting.AddLoadControl(services, configuration);
        services.AddSingleton(rgOptions);
        services.AddSingleton(new RafDirectory(rafs));
        ILocationStore locations = stores.Postgres
            ? new PostgresLocationStore(stores.Gup, StoreSelection.GupSchema)
            : new SqliteLocationStore(System.IO.Path.Combine(dataDirectory, "gup-locations.db"));
        services.AddSingleton(locations);
        services.AddSingleton((IWriteIntentJournal)locations);
        services.AddSingleton<ComponentLocator>();
        services.AddSingleton<LocalServerAddress>();
        services.AddSingleton<RpTokens>();
        services.AddSingleton<RafHealth>();
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILogger<RpClient>>();
            var soap = new SoapRpTransport(sp.GetRequiredService<IHttpClientFactory>(), sp.GetRequiredService<LocalServerAddress>(), rpOptions,
                sp.GetRequiredService<XmlLimits>(), providerId, sp.GetRequiredService<RpTokens>(), sp.GetRequiredService<TimeProvider>(), logger);
            var inProcess = new InProcessRpTransport(sp.GetRequiredService<LocalRafs>(), rpOptions, providerId, sp.GetRequiredService<SigningCredentials>().EntityId, logger);
            return new RpClient(inProcess, soap, rpOptions, logger, sp.GetRequiredService<RafFanOutLimits>());
        });
        var redirectOptions = configuration.GetSection("Gup:Redirect").Get<RedirectOptions>() ?? new RedirectOptions();
        services.AddSingleton(redirectOptions);
        services.AddSingleton<RedirectPolicy>();
        services.AddSingleton<RedirectTokens>();
        services.AddSingleton<PublicRafAddress>();
        services.AddSingleton<Redirector>();
        services.AddSingleton(sp => new RgContext(sp.GetRequiredService<ComponentLocator>(), sp.GetRequiredService<RpClient>(), rgOptions, rpOptions,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CommonRules>(), SystemRequestor.For(providerId))
        {
            Redirect = sp.GetRequiredService<Redirector>(),
            Journal = sp.GetRequiredService<IWriteIntentJournal>(),
        });
        services.AddSingleton(sp => new WriteIntentRecovery(sp.GetRequiredService<RgContext>(), sp.GetRequiredService<XmlLimits>(),
            TimeSpan.FromSeconds(configuration.GetValue("Gup:Security:ClockSkewSeconds", 60)), sp.GetRequiredService<ILogger<WriteIntentRecovery>>()));
        SubscriptionHosting.AddGupSubscriptions(services, configuration, dataDirectory, providerId, stores);
        McpttHosting.AddMcptt(services, configuration, dataDirectory, providerId, stores);
        services.AddSingleton(sp => RgService.Create(sp.GetRequiredService<RgContext>(), sp.GetRequiredService<Subscriptions.SubscriptionContext>(), providerId,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Server.Rg")));

        services.AddHttpClient(SoapRpTransport.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
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
        var recovery = new WriteIntentRecoveryLoop(app.Services.GetRequiredService<WriteIntentRecovery>(), app.Services.GetRequiredService<IWriteIntentJournal>(),
            app.Services.GetRequiredService<TimeProvider>(), app.Services.GetRequiredService<RgOptions>().RecoveryInterval, app.Logger);
        app.Lifetime.ApplicationStarted.Register(recovery.Start);
        app.Lifetime.ApplicationStopping.Register(recovery.Dispose);
        var service = app.Services.GetRequiredService<SoapService>();
        service.WarmUp();
        ChargingHosting.Attach(app, service, Core.Charging.ChargingMode.Proxy);
        LoadControlHosting.Attach(app, service);
        var endpoint = new SoapEndpoint(service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>());
        app.MapSoapService(Path, endpoint, RgWsdl.For(app.Services.GetRequiredService<Schemas.SchemaRegistry>()));
        await SubscriptionHosting.MapGupSubscriptionsAsync(app);
        await McpttHosting.MapMcpttAsync(app);
    }
}
