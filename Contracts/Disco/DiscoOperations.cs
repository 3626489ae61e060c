namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 operation names (LIBERTY-DIGEST §5); the SOAPAction of each is <c>urn:liberty:disco:2006-08:&lt;name&gt;</c>.</summary>
public static class DiscoOperations
{
    public const string Query = "Query";
    public const string SvcMDRegister = "SvcMDRegister";
    public const string SvcMDAssociationAdd = "SvcMDAssociationAdd";
    public const string SvcMDAssociationDelete = "SvcMDAssociationDelete";
    public const string SvcMDAssociationQuery = "SvcMDAssociationQuery";
    public const string SvcMDQuery = "SvcMDQuery";
    public const string SvcMDReplace = "SvcMDReplace";
    public const string SvcMDDelete = "SvcMDDelete";

    public static string Action(string operation) => Namespaces.Disco + ":" + operation;
}
