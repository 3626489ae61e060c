namespace GupSoap.Contracts.Rp;

/// <summary>Rp operation names; the SOAPAction of each is <c>urn:3gpp:gup:2006-08:rp:&lt;name&gt;</c>.</summary>
public static class RpOperations
{
    public const string CreateComponent = "CreateComponent";
    public const string DeleteComponent = "DeleteComponent";
    public const string ModifyData = "ModifyData";
    public const string ListData = "ListData";
    public const string ReadData = "ReadData";
    public const string DefineData = "DefineData";
    public const string SubscribeToData = "SubscribeToData";
    public const string UnsubscribeToData = "UnsubscribeToData";
    public const string NotifyData = "NotifyData";

    public static string Action(string operation) => Namespaces.Rp + ":" + operation;
}
