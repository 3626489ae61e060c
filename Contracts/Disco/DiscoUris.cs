namespace GupSoap.Contracts.Disco;

/// <summary>URI values Discovery writes or reads: results types, the token usage, and the service types of this deployment.</summary>
public static class DiscoUris
{
    /// <summary>RequestedService/@resultsType (Discovery 2.0 §3.3.2): the best match, every match, or any one.</summary>
    public const string ResultsBest = "best";
    public const string ResultsAll = "all";
    public const string ResultsOnlyOne = "only-one";

    /// <summary>sec:Token/@usage of the token a requestor presents to the discovered service (ID-WSF SecMech 2.0).</summary>
    public const string SecurityTokenUsage = "urn:liberty:security:tokenusage:2006-08:SecurityToken";

    /// <summary>sbf:Framework/@version of ID-WSF 2.0.</summary>
    public const string FrameworkVersion = "2.0";

    public const string RgServiceType = Namespaces.Rg;
    public const string RpServiceType = Namespaces.Rp;
    public const string McpttCmServiceType = Namespaces.McpttCm;

    /// <summary>
    /// The disco:Option naming a component type a GUP Server or RAF serves (TS 23.240 §4.1.1): the type's namespace,
    /// <c>#</c> and its root element's local name, e.g. <c>urn:3gpp:gup:2006-08:subscriber#SubscriberInfo</c>.
    /// </summary>
    public static string ComponentTypeOption(string componentNamespace, string localName) => componentNamespace + "#" + localName;
}
