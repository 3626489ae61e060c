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
}
