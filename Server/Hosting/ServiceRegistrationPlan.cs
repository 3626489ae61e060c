using GupSoap.Contracts.Disco;
using GupSoap.Core.Security;

namespace GupSoap.Server.Hosting;

/// <summary>
/// One service this process offers and registers at Discovery: who provides it, its type, its path, what it is, and
/// the disco:Option URIs it supports (for Rg and Rp: the component types it serves, <see cref="DiscoUris.ComponentTypeOption"/>).
/// </summary>
internal sealed record OwnService(string ProviderId, string ServiceType, string Path, string Abstract, IReadOnlyList<string>? Options = null);

/// <summary>
/// The services this process registers at start (issue "Discovery" part 2): the GUP Server's Rg and MCPTT configuration
/// management when it hosts the GUP role, and the Rp of every RAF it hosts; <see cref="Entry"/> makes each an SvcMD
/// at the process's public address, with the mechanisms that address supports.
/// </summary>
internal sealed record ServiceRegistrationPlan(IReadOnlyList<OwnService> Services, bool RpRequiresClientTls)
{
    public SvcMD Entry(OwnService service, Uri publicBase)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(publicBase);
        var address = new Uri(publicBase, service.Path.TrimStart('/'));
        string[] mechanisms = address.Scheme != Uri.UriSchemeHttps ? [SecurityMechanisms.NullBearer]
            : service.ServiceType == DiscoUris.RpServiceType && RpRequiresClientTls ? [SecurityMechanisms.ClientTlsBearer]
            : [SecurityMechanisms.TlsBearer, SecurityMechanisms.TlsSamlV2];
        return new SvcMD
        {
            Abstract = service.Abstract,
            ProviderId = service.ProviderId,
            ServiceContexts =
            [
                new ServiceContext
                {
                    ServiceTypes = [service.ServiceType],
                    Options = service.Options is { Count: > 0 } options ? [new ServiceOptions { Option = [.. options] }] : null,
                    EndpointContexts = [new EndpointContext { Addresses = [address.ToString()], Frameworks = [new Framework()], SecurityMechIds = mechanisms }],
                },
            ],
        };
    }
}
