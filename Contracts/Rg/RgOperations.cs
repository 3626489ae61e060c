namespace GupSoap.Contracts.Rg;

/// <summary>Rg operation names; the SOAPAction of each is <c>urn:3gpp:gup:2006-08:rg:&lt;name&gt;</c>.</summary>
public static class RgOperations
{
    public const string Create = "Create";
    public const string Delete = "Delete";
    public const string Modify = "Modify";
    public const string List = "List";
    public const string Query = "Query";
    public const string Subscribe = "Subscribe";
    public const string Unsubscribe = "Unsubscribe";
    public const string Notify = "Notify";

    public static string Action(string operation) => Namespaces.Rg + ":" + operation;
}
