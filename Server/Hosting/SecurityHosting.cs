using GupSoap.Core.Authorization;
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
        services.AddSingleton(sp => TrustedIssuersWithSelf(configuration, sp.GetRequiredService<SigningCredentials>()));
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
        var rulesPath = configuration["Gup:Authorization:CommonRulesPath"] is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "common-rules.xml");
        services.AddSingleton(CommonRulesFile.Load(rulesPath, limits));
    }

    /// <summary>Where the signing key and TLS certificate live: <c>Gup:Security:KeyDirectory</c>, else <c>keys</c> in the data directory.</summary>
    public static string KeyDirectory(IConfiguration configuration, string dataDirectory) =>
        Path.GetFullPath(configuration["Gup:Security:KeyDirectory"] ?? Path.Combine(dataDirectory, "keys"));

    /// <summary>Applies the replay cache's schema when it lives in PostgreSQL (the SQLite file creates its table on first use).</summary>
    public static async Task InitializeAsync(IServiceProvider services)
    {
        if (services.GetRequiredService<IReplayCache>() is TimedReplayCache { Inner: PostgresReplayCache postgres })
        {
            await postgres.InitializeAsync(CancellationToken.None);
        }
    }

    private static TrustedIssuers TrustedIssuersWithSelf(IConfiguration configuration, SigningCredentials own)
    {
        var issuers = TrustedIssuerConfiguration.Read(configuration);
        if (issuers.All(i => i.EntityId != own.EntityId))
        {
            issuers.Add(new TrustedIssuer { EntityId = own.EntityId, Certificates = [own.Certificate], Hplmn = true, Intermediary = true });
        }

        return new TrustedIssuers(issuers);
    }
}
