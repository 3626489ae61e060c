using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Soap;
using GupSoap.Core.Wsdl;
using GupSoap.Core.Xml;
using GupSoap.Raf;
using GupSoap.Raf.Endpoints;
using GupSoap.Server.Demo;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Builds the GupSoap process: the embedded default (all roles, two RAFs on SQLite, demo data) or one role
/// (<c>--role raf --raf-name NAME</c>). Tests build it the same way on <c>127.0.0.1:0</c>.
/// </summary>
public static class GupSoapHost
{
    public const string DefaultUrl = "http://127.0.0.1:8080";

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args);
        configure?.Invoke(builder);
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var configuration = builder.Configuration;
        ListenPorts.EnsureFree(configuration["urls"] ?? configuration["ASPNETCORE_URLS"] ?? DefaultUrl, configuration["Gup:Https:Url"]);
        var limits = configuration.GetSection("Gup:Xml").Get<XmlLimits>() ?? new XmlLimits();
        var liberty = configuration.GetSection("Gup:Soap").Get<LibertyOptions>() ?? new LibertyOptions();
        liberty.ClockSkew = TimeSpan.FromSeconds(configuration.GetValue("Gup:Security:ClockSkewSeconds", 60));
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            HttpLimits.Apply(k, configuration, limits.MaxBodyBytes);
        });
        // A stop lets in-flight requests finish — a multi-repository write with its undo included — before the RAFs
        // of this process stop answering (their stores close only once the server has stopped).
        var shutdownTimeout = configuration.GetValue("Gup:Hosting:ShutdownTimeout", TimeSpan.FromSeconds(30));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = shutdownTimeout);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(limits);
        builder.Services.AddSingleton<Core.Wsdl.IAdvertisedAddress, AdvertisedAddress>();
        builder.Services.AddSingleton(liberty);
        builder.Services.AddSingleton<LibertyHeaderValidator>();
        builder.Services.AddSingleton<Routing.LocalRafs>();

        var role = ReadRole(configuration["role"]);
        TelemetryHosting.AddTelemetry(builder.Services, configuration, role);
        var dataDirectory = Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");
        Directory.CreateDirectory(dataDirectory);
        var stores = StoreSelection.Read(configuration);
        builder.Services.AddSingleton(stores);
        SecurityHosting.AddGupSecurity(builder.Services, configuration, dataDirectory, limits, stores);
        SubscriptionHosting.AddNotificationDelivery(builder.Services, configuration);
        if (ChargingHosting.Enabled(configuration))
        {
            ChargingHosting.AddCharging(builder.Services, configuration, dataDirectory, stores);
        }

        builder.ConfigureHttps(configuration, dataDirectory);
        var schemas = ComponentTypeHosting.Load(configuration, dataDirectory);
        builder.Services.AddSingleton(schemas);
        var rafs = RafConfiguration.Read(configuration, dataDirectory, stores, schemas);
        var endpoints = RafConfiguration.ReadEndpoints(configuration, rafs);
        var hosted = HostedRafs(role, configuration, rafs, endpoints);
        if (role is HostRole.All or HostRole.Disco)
        {
            DiscoveryHosting.AddDiscovery(builder.Services, configuration, dataDirectory, stores);
        }

        ServiceRegistrationHosting.AddServiceRegistration(builder.Services, configuration, role is HostRole.All or HostRole.Gup, hosted,
            endpoints.SelectMany(e => e.ComponentTypes));
        if (role is HostRole.All or HostRole.Gup)
        {
            GupServerHosting.AddGupServer(builder.Services, configuration, endpoints, dataDirectory, stores);
            if (WebConsole.ConsoleHosting.IsEnabled(configuration))
            {
                WebConsole.ConsoleHosting.AddConsole(builder.Services, configuration, dataDirectory);
            }
        }

        var app = builder.Build();
        var inFlight = new InFlightRequests();
        app.Use(inFlight.InvokeAsync);
        TrustedProxies.Use(app, configuration);
        await SecurityHosting.InitializeAsync(app.Services);
        await ChargingHosting.InitializeAsync(app);
        var started = new List<RafInstance>();
        foreach (var options in hosted)
        {
            var raf = await RafInstance.StartAsync(options, limits, app.Services.GetRequiredService<TimeProvider>(),
                app.Services.GetRequiredService<Core.Authorization.CommonRules>(), RafNotificationHosting.EgressCheck(app.Services), CancellationToken.None);
            started.Add(raf);
            MapRaf(app, raf);
            app.Services.GetRequiredService<Routing.LocalRafs>().Add(raf.Options.Name, raf.Service);
        }

        RafNotificationHosting.Start(app, started);
        if (role is HostRole.All or HostRole.Gup)
        {
            await GupServerHosting.MapGupServerAsync(app);
            if (WebConsole.ConsoleHosting.IsEnabled(configuration))
            {
                WebConsole.ConsoleHosting.MapConsole(app);
            }
        }

        if (role is HostRole.All or HostRole.Disco)
        {
            await DiscoveryHosting.MapDiscoveryAsync(app);
        }

        if (role == HostRole.All && configuration.GetValue("Gup:Demo:Enabled", true))
        {
            await DemoData.SeedAsync(started, app.Services.GetRequiredService<TimeProvider>(), app.Logger, CancellationToken.None);
        }

        TelemetryHosting.MapMetrics(app);
        HealthEndpoint.Map(app, role, started);
        app.Lifetime.ApplicationStarted.Register(() => StartupLog.Write(app, started, role, dataDirectory, SecurityHosting.KeyDirectory(configuration, dataDirectory)));
        ShutdownLog.Register(app, inFlight, shutdownTimeout);
        app.Lifetime.ApplicationStopped.Register(() =>
        {
            ChargingHosting.Flush(app);
            foreach (var raf in started)
            {
                raf.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            stores.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });
        return app;
    }

    private static void MapRaf(WebApplication app, RafInstance raf)
    {
        raf.Service.WarmUp();
        if (RafConfiguration.ProducesCharging(app.Configuration, raf.Options.Name))
        {
            ChargingHosting.Attach(app, raf.Service);
        }

        var endpoint = new SoapEndpoint(raf.Service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<Core.Security.RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>(),
            app.Services.GetRequiredService<Core.Security.SecurityOptions>().RpRequiresClientTls);
        app.MapSoapService($"/raf/{raf.Options.Name}/rp", endpoint, RpWsdl.For(raf.Options.Schemas));
    }

    /// <summary>
    /// The RAFs this process runs: the one named by <c>--raf-name</c> for <c>--role raf</c>; for the embedded default
    /// every RAF without a configured Address; none for <c>--role gup</c>, where each RAF needs an Address.
    /// </summary>
    private static List<RafOptions> HostedRafs(HostRole role, ConfigurationManager configuration, IReadOnlyList<RafOptions> rafs, IReadOnlyList<Routing.RafEndpoint> endpoints)
    {
        switch (role)
        {
            case HostRole.Raf:
                var known = string.Join(", ", rafs.Select(r => r.Name));
                var name = configuration["raf-name"] ?? throw new ConfigurationException("--raf-name", "--role raf needs the name of the RAF to run.", $"Add --raf-name NAME, one of: {known}.");
                var named = rafs.Where(r => r.Name == name).ToList();
                return named.Count > 0 ? named : throw new ConfigurationException("--raf-name", $"no RAF named '{name}' in Gup:Rafs.", $"Use one of: {known} (or configure Gup:Rafs:{name}:ComponentTypes).");
            case HostRole.Gup:
                var remote = endpoints.FirstOrDefault(e => e.Address is null);
                return remote is null ? [] : throw new ConfigurationException($"Gup:Rafs:{remote.Name}:Address", "--role gup runs no RAF itself, so every RAF needs its Rp URL.", $"Add --Gup:Rafs:{remote.Name}:Address=http://HOST:PORT/raf/{remote.Name}/rp.");
            case HostRole.All:
                return rafs.Where(r => endpoints.Single(e => e.Name == r.Name).Address is null).ToList();
            default:
                return [];
        }
    }

    private static HostRole ReadRole(string? role) => (role ?? "all").ToLowerInvariant() switch
    {
        "all" => HostRole.All,
        "gup" => HostRole.Gup,
        "raf" => HostRole.Raf,
        "disco" => HostRole.Disco,
        var other => throw new ConfigurationException("--role", $"unknown role '{other}'.", "Use all, gup, raf or disco."),
    };
}
