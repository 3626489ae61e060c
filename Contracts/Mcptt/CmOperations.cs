namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// MCPTT configuration management operation names (PROTOCOL.md "MCPTT configuration management"); the SOAPAction of
/// each is <c>urn:3gpp:mcptt:cm:1.0:&lt;name&gt;</c>.
/// </summary>
public static class CmOperations
{
    public const string GetUserProfile = "GetUserProfile";
    public const string UploadUserProfile = "UploadUserProfile";
    public const string ListUserProfiles = "ListUserProfiles";
    public const string SubscribeProfileUpdates = "SubscribeProfileUpdates";
    public const string UnsubscribeProfileUpdates = "UnsubscribeProfileUpdates";
    public const string ProfileUpdateNotification = "ProfileUpdateNotification";

    public static string Action(string operation) => Namespaces.McpttCm + ":" + operation;
}
