using System.Collections.Concurrent;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>MCPTT configuration management requests as text, sent as a user's device: a token naming the MCPTT ID as subscriber.</summary>
internal static class McpttText
{
    public const string Device = "urn:gupsoap:app:mcptt-ue";
    public static readonly XNamespace Cm = Namespaces.McpttCm;
    public static readonly XNamespace Up = Namespaces.McpttUserProfile;
    private const string Ns = $"""xmlns:cm="{Namespaces.McpttCm}" """;
    private static readonly ConcurrentDictionary<string, string> Tokens = new(StringComparer.Ordinal);

    public static Uri Endpoint(Uri baseAddress) => new(baseAddress, "mcptt/cm");

    public static string Get(string mcpttId, string profileId, string? ueVersion = null, string? desired = null, string? device = null) =>
        $"""<cm:GetUserProfile {Ns}><cm:MCPTTID>{mcpttId}</cm:MCPTTID><cm:ProfileID>{profileId}</cm:ProfileID>{Optional("UEVersion", ueVersion)}{Optional("DesiredVersion", desired)}{Optional("DeviceID", device)}</cm:GetUserProfile>""";

    public static string Upload(string mcpttId, string profileId, long baseVersion, string document, string? device = null) =>
        $"""<cm:UploadUserProfile {Ns}><cm:MCPTTID>{mcpttId}</cm:MCPTTID><cm:ProfileID>{profileId}</cm:ProfileID><cm:BaseVersion>{baseVersion}</cm:BaseVersion>{Optional("DeviceID", device)}<cm:Profile>{document}</cm:Profile></cm:UploadUserProfile>""";

    public static string List(string mcpttId) => $"""<cm:ListUserProfiles {Ns}><cm:MCPTTID>{mcpttId}</cm:MCPTTID></cm:ListUserProfiles>""";

    public static string Subscribe(string mcpttId, string notifyTo, DateTimeOffset expires, params string[] profileIds) =>
        $"""<cm:SubscribeProfileUpdates {Ns}><cm:MCPTTID>{mcpttId}</cm:MCPTTID>{string.Concat(profileIds.Select(p => $"<cm:ProfileID>{p}</cm:ProfileID>"))}<cm:NotifyTo>{notifyTo}</cm:NotifyTo><cm:Expires>{SoapMessages.Instant(expires)}</cm:Expires></cm:SubscribeProfileUpdates>""";

    public static string Unsubscribe(params string[] ids) =>
        $"""<cm:UnsubscribeProfileUpdates {Ns}>{string.Concat(ids.Select(i => $"<cm:SubscriptionID>{i}</cm:SubscriptionID>"))}</cm:UnsubscribeProfileUpdates>""";

    /// <summary>A valid profile document of <paramref name="mcpttId"/>.</summary>
    public static string Profile(string mcpttId, string profileId = "1", string name = "At home", long version = 1, string? groups = null) =>
        $"""<up:mcptt-user-profile xmlns:up="{Namespaces.McpttUserProfile}" profileId="{profileId}" version="{version}"><up:ProfileName>{name}</up:ProfileName><up:Status>enabled</up:Status><up:PreSelected>true</up:PreSelected><up:MCPTTID>{mcpttId}</up:MCPTTID><up:Groups>{groups ?? "<up:Group>sip:station-7@mcptt.example.org</up:Group>"}</up:Groups><up:EmergencyAlert>true</up:EmergencyAlert></up:mcptt-user-profile>""";

    /// <summary>Liberty headers of a device of the user <paramref name="mcpttId"/> (the token's subscriber attribute).</summary>
    public static string UserHeaders(string mcpttId, string provider = Device, string? extra = null) =>
        SoapMessages.Headers(sender: provider, extra: extra, security: SoapMessages.Security(SoapMessages.Instant(DateTimeOffset.UtcNow), Tokens.GetOrAdd(provider + " " + mcpttId, _ => UserToken(mcpttId, provider))));

    public static string UserToken(string mcpttId, string provider = Device) => SecurityTokens.Text(TestIdentity.Token(new AssertionDescriptor
    {
        Audiences = TestIdentity.Audiences,
        NameId = provider,
        Lifetime = TimeSpan.FromHours(2),
        Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Subscriber] = [mcpttId] },
    }));

    /// <summary>Posts <paramref name="body"/> as the user <paramref name="user"/> (or with <paramref name="headers"/>).</summary>
    public static Task<SoapHttp.SoapAnswer> PostAsync(Uri baseAddress, string user, string body, string? headers = null) =>
        SoapHttp.PostAsync(Endpoint(baseAddress), SoapMessages.Envelope11(body, headers ?? UserHeaders(user)), CmOperations.Action(XElement.Parse(body).Name.LocalName));

    /// <summary>Creates profile <paramref name="profileId"/> of a new MCPTT ID; returns the MCPTT ID.</summary>
    public static async Task<string> NewUserAsync(Uri baseAddress, string profileId = "1", string name = "At home")
    {
        var user = SharedServer.NewSubscriber("mcptt");
        var created = await PostAsync(baseAddress, user, Upload(user, profileId, 0, Profile(user, profileId, name)));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return user;
    }

    public static XElement Response(this SoapHttp.SoapAnswer answer) => answer.Body.Elements().Single();

    public static long StoredVersion(this SoapHttp.SoapAnswer answer) => (long)answer.Response().Element(Cm + "Version")!;

    private static string Optional(string name, string? value) => value is null ? "" : $"<cm:{name}>{value}</cm:{name}>";
}
