using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Registry;

namespace GupSoap.Tests.Unit.Discovery;

/// <summary>Service metadata for Discovery unit tests.</summary>
internal static class DiscoverySamples
{
    public const string TlsBearer = "urn:liberty:security:2005-02:TLS:Bearer";
    public const string TlsSamlV2 = "urn:liberty:security:2006-08:TLS:SAMLV2";
    public const string NullBearer = "urn:liberty:security:2005-02:null:Bearer";

    public static SvcMD Entry(string provider, string serviceType, string address, string? id = null, params string[] mechanisms) => new()
    {
        SvcMDID = id,
        Abstract = "Service of " + provider,
        ProviderId = provider,
        ServiceContexts =
        [
            new ServiceContext
            {
                ServiceTypes = [serviceType],
                EndpointContexts =
                [
                    new EndpointContext { Addresses = [address], Frameworks = [new Framework()], SecurityMechIds = mechanisms.Length > 0 ? mechanisms : [TlsBearer] },
                ],
            },
        ],
    };

    public static RegisteredService Registered(SvcMD entry, bool operatorWide = true) =>
        new(new SvcMD { SvcMDID = entry.SvcMDID ?? "urn:uuid:" + Guid.NewGuid(), Abstract = entry.Abstract, ProviderId = entry.ProviderId, ServiceContexts = entry.ServiceContexts }, entry.ProviderId!, operatorWide);

    /// <summary>A registry on a fresh SQLite file, initialized; the caller deletes <paramref name="directory"/>.</summary>
    public static async Task<SqliteServiceRegistry> NewRegistryAsync(string directory)
    {
        var registry = new SqliteServiceRegistry(Path.Combine(directory, "discovery.db"));
        await registry.InitializeAsync(CancellationToken.None);
        return registry;
    }
}
