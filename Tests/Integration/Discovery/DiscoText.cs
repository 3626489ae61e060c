using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Discovery;

/// <summary>Discovery request bodies as text, the requestors Discovery tests use, and reading of the answers.</summary>
internal static class DiscoText
{
    public const string Ns = $"""xmlns:disco="{Namespaces.Disco}" xmlns:sbf="{Namespaces.SoapBindingFramework}" """;
    public const string NullBearer = "urn:liberty:security:2005-02:null:Bearer";

    public static readonly XNamespace Disco = Namespaces.Disco;
    public static readonly XNamespace Wsa = Namespaces.WsAddressing;
    public static readonly XNamespace Sec = Namespaces.LibertySecurity;

    public static Uri Endpoint(GupServer server) => new(server.BaseAddress, "disco");

    public static string Query(string? serviceType = null, string? resultsType = null, params string[] mechanisms) =>
        $"""<disco:Query {Ns}><disco:RequestedService{(resultsType is null ? "" : $" resultsType=\"{resultsType}\"")}>{(serviceType is null ? "" : $"<disco:ServiceType>{serviceType}</disco:ServiceType>")}{string.Concat(mechanisms.Select(m => $"<disco:SecurityMechID>{m}</disco:SecurityMechID>"))}</disco:RequestedService></disco:Query>""";

    public static string SvcMD(string provider, string serviceType, string address, string? id = null, string abstractText = "A test service") =>
        $"""<disco:SvcMD{(id is null ? "" : $" svcMDID=\"{id}\"")}><disco:Abstract>{abstractText}</disco:Abstract><disco:ProviderID>{provider}</disco:ProviderID><disco:ServiceContext><disco:ServiceType>{serviceType}</disco:ServiceType><disco:EndpointContext><disco:Address>{address}</disco:Address><sbf:Framework version="2.0"/><disco:SecurityMechID>{NullBearer}</disco:SecurityMechID></disco:EndpointContext></disco:ServiceContext></disco:SvcMD>""";

    public static string Register(params string[] entries) => $"<disco:SvcMDRegister {Ns}>{string.Concat(entries)}</disco:SvcMDRegister>";

    public static string Replace(params string[] entries) => $"<disco:SvcMDReplace {Ns}>{string.Concat(entries)}</disco:SvcMDReplace>";

    public static string Delete(params string[] ids) => Ids("SvcMDDelete", ids);

    public static string SvcMdQuery(params string[] ids) => Ids("SvcMDQuery", ids);

    public static string AssociationAdd(params string[] ids) => Ids("SvcMDAssociationAdd", ids);

    public static string AssociationDelete(params string[] ids) => Ids("SvcMDAssociationDelete", ids);

    public static string AssociationQuery(params string[] ids) => Ids("SvcMDAssociationQuery", ids);

    /// <summary>Headers of a provider authenticated by the test IdP, optionally acting for a subscriber.</summary>
    public static string As(string provider, string? subscriber = null, string? extra = null)
    {
        var attributes = new Dictionary<string, IReadOnlyList<string>>();
        if (subscriber is not null)
        {
            attributes[GupAttributes.Subscriber] = [subscriber];
        }

        var token = SecurityTokens.FromIdp(SecurityTokens.For(provider) with { Attributes = attributes });
        return SoapMessages.Headers(sender: provider, extra: extra, security: SoapMessages.Security(SoapMessages.Instant(DateTimeOffset.UtcNow), SecurityTokens.Text(token)));
    }

    /// <summary>Headers of one of the deployment's own services: our key, naming itself as requestor, marked as a service call.</summary>
    public static string AsDeploymentService(string provider = "urn:gupsoap:raf:hss")
    {
        var token = SecurityTokens.FromServer(SecurityTokens.For(provider, "urn:gupsoap:disco") with
        {
            Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = [provider], [GupAttributes.ServiceCall] = ["true"] },
        });
        return SecurityTokens.Headers(token, provider);
    }

    public static Task<SoapHttp.SoapAnswer> PostAsync(GupServer server, string body, string headers, bool soap12 = false) =>
        SoapHttp.PostAsync(Endpoint(server), soap12 ? SoapMessages.Envelope12(body, headers) : SoapMessages.Envelope11(body, headers),
            soap12 ? DiscoOperations.Action(XElementName(body)) : null, soap12);

    public static IReadOnlyList<string> SvcMdIds(SoapHttp.SoapAnswer answer) => answer.Body.Descendants(Disco + "SvcMDID").Select(e => e.Value).ToList();

    /// <summary>The SvcMD entries of an SvcMDQuery answer as (id, provider, service type, address).</summary>
    public static IReadOnlyList<(string Id, string Provider, string ServiceType, string Address)> Entries(SoapHttp.SoapAnswer answer) =>
        answer.Body.Descendants(Disco + "SvcMD").Select(e => (
            (string)e.Attribute("svcMDID")!,
            e.Element(Disco + "ProviderID")!.Value,
            e.Descendants(Disco + "ServiceType").First().Value,
            e.Descendants(Disco + "Address").First().Value)).ToList();

    /// <summary>The signed assertion inside the sec:Token of an EPR, detached from the answer.</summary>
    public static XElement Token(XElement endpointReference) =>
        new(endpointReference.Descendants(Sec + "Token").Single().Elements().Single());

    private static string Ids(string operation, string[] ids) =>
        $"<disco:{operation} {Ns}>{string.Concat(ids.Select(i => $"<disco:SvcMDID>{i}</disco:SvcMDID>"))}</disco:{operation}>";

    private static string XElementName(string body) => body[(body.IndexOf(':', StringComparison.Ordinal) + 1)..body.IndexOf(' ', StringComparison.Ordinal)];
}
