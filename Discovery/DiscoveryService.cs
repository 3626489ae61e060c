using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Soap;
using GupSoap.Discovery.Endpoints;

namespace GupSoap.Discovery;

/// <summary>The Liberty ID-WSF Discovery Service 2.0 operations as a <see cref="SoapService"/> (PROTOCOL.md "Discovery"), served at <c>/disco</c>.</summary>
public static class DiscoveryService
{
    private static readonly XNamespace Disco = Namespaces.Disco;

    public static SoapService Create(DiscoveryContext disco)
    {
        ArgumentNullException.ThrowIfNull(disco);
        return new SoapService("disco", disco.Options.ProviderId,
        [
            Operation<QueryRequest, QueryResponse>(DiscoOperations.Query, (r, c) => QueryOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDRegisterRequest, SvcMDRegisterResponse>(DiscoOperations.SvcMDRegister, (r, c) => SvcMdRegisterOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDAssociationAddRequest, SvcMDAssociationAddResponse>(DiscoOperations.SvcMDAssociationAdd, (r, c) => SvcMdAssociationAddOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDAssociationDeleteRequest, SvcMDAssociationDeleteResponse>(DiscoOperations.SvcMDAssociationDelete, (r, c) => SvcMdAssociationDeleteOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDAssociationQueryRequest, SvcMDAssociationQueryResponse>(DiscoOperations.SvcMDAssociationQuery, (r, c) => SvcMdAssociationQueryOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDQueryRequest, SvcMDQueryResponse>(DiscoOperations.SvcMDQuery, (r, c) => SvcMdQueryOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDReplaceRequest, SvcMDReplaceResponse>(DiscoOperations.SvcMDReplace, (r, c) => SvcMdReplaceOperation.HandleAsync(disco, r, c)),
            Operation<SvcMDDeleteRequest, SvcMDDeleteResponse>(DiscoOperations.SvcMDDelete, (r, c) => SvcMdDeleteOperation.HandleAsync(disco, r, c)),
        ]);
    }

    private static SoapOperation Operation<TRequest, TResponse>(string name, Func<TRequest, SoapRequestContext, Task<TResponse>> handler)
        where TRequest : class
        where TResponse : class =>
        SoapOperation.Create(Disco + name, DiscoOperations.Action(name), handler);
}
