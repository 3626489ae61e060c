using GupSoap.Core.Authorization;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Security for every role, on by default: our signing identity (generated on first start under the data directory),
/// the trusted issuers (configured ones plus ourselves, as HPLMN intermediary), the durable replay cache that also
/// remembers MessageIDs, the request authenticator, and the operator's common authorization rules.
/// </summary>
internal static class SecurityHosting
{
    public static void AddGupSecurity(IServiceCollection services, IConfiguration configuration, string dataDirectory, XmlLimits limits, StoreSelection stores)
    {
        var providerId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        var keyDirectory = KeyDirectory(configuration, dataDirectory);
        services.AddSingleton(sp => Tooling.ToolConfiguration.LoadSigningKey(keyDirectory, providerId, sp.GetRequiredService<TimeProvider>()));
        var trustList = TrustListPath(configuration, dataDirectory);
        services.AddSingleton(sp => TrustedIssuersWithSelf(configuration, sp.GetRequiredService<SigningCredentials>(),
            new LiveTrustList(trustList, SecurityHostingLog.TrustListProblem(sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Security"), trustList))));
        services.AddSingleton(new SamlOptions { ClockSkew = TimeSpan.FromSeconds(configuration.GetValue("Gup:Security:ClockSkewSeconds", 60)) });
        services.AddSingleton(configuration.GetSection("Gup:Security").Get<SecurityOptions>() ?? new SecurityOptions());
        services.AddSingleton<IReplayCache>(sp => new TimedReplayCache(stores.Postgres
            ? new PostgresReplayCache(stores.Gup, StoreSelection.GupSchema, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<PostgresReplayCache>>())
            : new SqliteReplayCache(Path.Combine(dataDirectory, "replay.db"), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SqliteReplayCache>>())));
        services.AddSingleton<IMessageIdStore>(sp => new ReplayCacheMessageIdStore(sp.GetRequiredService<IReplayCache>()));
        services.AddSingleton(new VerifiedAssertionCache());
        services.AddSingleton<AssertionValidator>();
        services.AddSingleton<AssertionIssuer>();
        services.AddSingleton(ClientCertificatePins.Read(configuration, dataDirectory));
        services.AddSingleton<RequestAuthenticator>();
        var rulesPath = CommonRulesPath(configuration);
        var signal = FileStamp.Of(CommonRulesFile.ReloadSignalOf(rulesPath));
        var rules = CommonRulesFile.Load(rulesPath, limits);
        services.AddSingleton(sp =>
        {
            var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger("GupSoap.Authorization");
            return CommonRulesFile.Watch(rulesPath, rules, signal, limits, SecurityHostingLog.RulesReloaded(logger, rulesPath), SecurityHostingLog.RulesReloadRefused(logger, rulesPath));
        });
    }

    /// <summary>Where the signing key and TLS certificate live: <c>Gup:Security:KeyDirectory</c>, else <c>keys</c> in the data directory.</summary>
    public static string KeyDirectory(IConfiguration configuration, string dataDirectory) =>
        Path.GetFullPath(configuration["Gup:Security:KeyDirectory"] ?? Path.Combine(dataDirectory, "keys"));

    /// <summary>The operator's common rules: <c>Gup:Authorization:CommonRulesPath</c>, else <c>common-rules.xml</c> beside the executable.</summary>
    public static string CommonRulesPath(IConfiguration configuration) =>
        Path.GetFullPath(configuration["Gup:Authorization:CommonRulesPath"] is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "common-rules.xml"));

    /// <summary>The operator's trust list (<c>admin trust</c>): <c>Gup:Security:TrustListPath</c>, else <c>trusted-issuers.json</c> in the key directory.</summary>
    public static string TrustListPath(IConfiguration configuration, string dataDirectory) =>
        Path.GetFullPath(configuration["Gup:Security:TrustListPath"] is { Length: > 0 } configured ? configured : Path.Combine(KeyDirectory(configuration, dataDirectory), TrustListFile.FileName));

    /// <summary>Applies the replay cache's schema when it lives in PostgreSQL (the SQLite file creates its table on first use).</summary>
    public static async Task InitializeAsync(IServiceProvider services)
    {
        if (services.GetRequiredService<IReplayCache>() is TimedReplayCache { Inner: PostgresReplayCache postgres })
        {
            await postgres.InitializeAsync(CancellationToken.None);
        }
    }

    private static TrustedIssuers TrustedIssuersWithSelf(IConfiguration configuration, SigningCredentials own, LiveTrustList live)
    {
        var issuers = TrustedIssuerConfiguration.Read(configuration);
        if (issuers.All(i => i.EntityId != own.EntityId))
        {
            issuers.Add(new TrustedIssuer { EntityId = own.EntityId, Certificates = [own.Certificate], Hplmn = true, Intermediary = true });
        }

        return new TrustedIssuers(issuers, live);
    }
}
