using System.Xml.Linq;
using GupSoap.Contracts.Disco;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Every Discovery request and response with every member set, for the contract/XSD agreement tests.</summary>
internal static class DiscoContractSamples
{
    public static readonly string[] Names =
    [
        "Query", "QueryResponse", "SvcMDRegister", "SvcMDRegisterResponse", "SvcMDAssociationAdd", "SvcMDAssociationAddResponse",
        "SvcMDAssociationDelete", "SvcMDAssociationDeleteResponse", "SvcMDAssociationQuery", "SvcMDAssociationQueryResponse",
        "SvcMDQuery", "SvcMDQueryResponse", "SvcMDReplace", "SvcMDReplaceResponse", "SvcMDDelete", "SvcMDDeleteResponse",
    ];

    public static object Create(string name) => name switch
    {
        "Query" => new QueryRequest
        {
            RequestedServices =
            [
                new RequestedService
                {
                    ServiceTypes = [DiscoUris.RgServiceType], ProviderIds = ["urn:gupsoap:gup-server"], SecurityMechIds = ["urn:liberty:security:2005-02:TLS:Bearer"],
                    Frameworks = [new Framework()], Actions = ["urn:3gpp:gup:2006-08:rg:Query"], ReqId = "r1", ResultsType = DiscoUris.ResultsAll,
                },
            ],
        },
        "QueryResponse" => new QueryResponse { Status = Status.Ok(), EndpointReferences = [Epr()] },
        "SvcMDRegister" => new SvcMDRegisterRequest { SvcMDs = [Entry(null)] },
        "SvcMDRegisterResponse" => new SvcMDRegisterResponse { SvcMDIDs = ["urn:uuid:1", "urn:uuid:2"] },
        "SvcMDAssociationAdd" => new SvcMDAssociationAddRequest { SvcMDIDs = ["urn:uuid:1"] },
        "SvcMDAssociationAddResponse" => new SvcMDAssociationAddResponse { Status = new Status { Code = DiscoStatusCodes.NotFound, Comment = "No such entry." } },
        "SvcMDAssociationDelete" => new SvcMDAssociationDeleteRequest { SvcMDIDs = ["urn:uuid:1", "urn:uuid:2"] },
        "SvcMDAssociationDeleteResponse" => new SvcMDAssociationDeleteResponse(),
        "SvcMDAssociationQuery" => new SvcMDAssociationQueryRequest { SvcMDIDs = ["urn:uuid:1"] },
        "SvcMDAssociationQueryResponse" => new SvcMDAssociationQueryResponse { SvcMDIDs = ["urn:uuid:1"] },
        "SvcMDQuery" => new SvcMDQueryRequest { SvcMDIDs = ["urn:uuid:1"] },
        "SvcMDQueryResponse" => new SvcMDQueryResponse { SvcMDs = [Entry("urn:uuid:1"), Entry("urn:uuid:2")] },
        "SvcMDReplace" => new SvcMDReplaceRequest { SvcMDs = [Entry("urn:uuid:1")] },
        "SvcMDReplaceResponse" => new SvcMDReplaceResponse { Status = new Status { Code = DiscoStatusCodes.Forbidden, Comment = "Not yours." } },
        "SvcMDDelete" => new SvcMDDeleteRequest { SvcMDIDs = ["urn:uuid:1"] },
        "SvcMDDeleteResponse" => new SvcMDDeleteResponse(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such sample"),
    };

    public static SvcMD Entry(string? id) => new()
    {
        SvcMDID = id,
        Abstract = "GUP Server",
        ProviderId = "urn:gupsoap:gup-server",
        ServiceContexts =
        [
            new ServiceContext
            {
                ServiceTypes = [DiscoUris.RgServiceType],
                Options = [new ServiceOptions { Option = ["urn:example:option"] }],
                EndpointContexts =
                [
                    new EndpointContext
                    {
                        Addresses = ["https://gup.example/gup/rg"], Frameworks = [new Framework()],
                        SecurityMechIds = ["urn:liberty:security:2005-02:TLS:Bearer", "urn:liberty:security:2006-08:TLS:SAMLV2"], Actions = ["urn:3gpp:gup:2006-08:rg:Query"],
                    },
                ],
            },
        ],
    };

    public static EndpointReference Epr() => new()
    {
        Address = "https://gup.example/gup/rg",
        Metadata = new EndpointMetadata
        {
            Framework = new Framework(),
            Abstract = "GUP Server",
            ProviderId = "urn:gupsoap:gup-server",
            ServiceType = DiscoUris.RgServiceType,
            SecurityContexts =
            [
                new SecurityContext
                {
                    SecurityMechIds = ["urn:liberty:security:2005-02:TLS:Bearer"],
                    Tokens = [new SecurityToken { Usage = DiscoUris.SecurityTokenUsage, Id = "t1", Ref = "urn:example:ref", Assertion = Assertion() }],
                },
            ],
        },
    };

    private static XElement Assertion() => SecurityTokens.FromIdp(SecurityTokens.For("urn:gupsoap:app:test", "urn:gupsoap:gup-server"));
}
