using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Registry;

namespace GupSoap.Server.Hosting;

/// <summary>The registry of the Discovery Service hosted in this process: the deployment's own services, operator-wide.</summary>
internal sealed class ServiceRegistrationLocal(IServiceRegistry registry) : IServiceRegistrationTarget
{
    public async Task<IReadOnlyList<SvcMD>> ListAsync(CancellationToken cancellationToken) =>
        (await registry.ListAsync(cancellationToken)).Select(e => e.Metadata).ToList();

    public async Task<string> RegisterAsync(SvcMD entry, CancellationToken cancellationToken) =>
        (await registry.RegisterAsync([entry], entry.ProviderId!, operatorWide: true, cancellationToken)).Status;

    public Task<string> ReplaceAsync(SvcMD entry, CancellationToken cancellationToken) =>
        registry.ReplaceAsync([entry], onlyProvider: null, cancellationToken);
}
