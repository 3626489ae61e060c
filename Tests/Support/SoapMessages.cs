using System.Globalization;
using GupSoap.Contracts;

namespace GupSoap.Tests.Support;

/// <summary>Builds request envelopes as text, so tests can send exactly the bytes an attacker or a client would.</summary>
internal static class SoapMessages
{
    public const string Ns = $"""xmlns:rp="{Namespaces.Rp}" xmlns:rg="{Namespaces.Rg}" xmlns:gup="{Namespaces.Gup}" xmlns:sub="{Namespaces.Subscriber}" xmlns:pres="{Namespaces.Presence}" xmlns:lcs="{Namespaces.Lcs}" xmlns:up="{Namespaces.McpttUserProfile}" xmlns:lu="{Namespaces.LibertyUtility}" """;

    /// <summary>
    /// Liberty headers of a well-behaved client: Framework, Sender, MessageID and a wsse:Security with a fresh
    /// Timestamp (or <paramref name="timestamp"/>) and the test IdP's token for the sender (or
    /// <paramref name="security"/> verbatim, or no token at all with <paramref name="token"/> false).
    /// </summary>
    public static string Headers(string? messageId = null, string sender = TestIdentity.TestProvider, string? extra = null, string? timestamp = null, bool framework = true, string? security = null, bool token = true) =>
        (framework ? $"""<sbf:Framework xmlns:sbf="{Namespaces.SoapBindingFramework}" version="2.0"/>""" : "")
        + (sender.Length > 0 ? $"""<sb:Sender xmlns:sb="{Namespaces.SoapBinding}" providerID="{sender}"/>""" : "")
        + (messageId == "" ? "" : $"""<wsa:MessageID xmlns:wsa="{Namespaces.WsAddressing}">{messageId ?? NewMessageId()}</wsa:MessageID>""")
        + (security ?? Security(timestamp ?? Instant(DateTimeOffset.UtcNow), token ? TestIdentity.TokenText(sender.Length > 0 ? sender : TestIdentity.TestProvider) : ""))
        + (extra ?? "");

    /// <summary>A wsse:Security header with a Timestamp created at <paramref name="created"/> and the given token text.</summary>
    public static string Security(string created, string tokenText) =>
        $"""<wsse:Security xmlns:wsse="{Namespaces.WsSecurity}" xmlns:wsu="{Namespaces.WsUtility}"><wsu:Timestamp><wsu:Created>{created}</wsu:Created></wsu:Timestamp>{tokenText}</wsse:Security>""";

    public static string Envelope11(string body, string? headers = null) =>
        $"""<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{Namespaces.Soap11}" {Ns}><s:Header>{headers ?? Headers()}</s:Header><s:Body>{body}</s:Body></s:Envelope>""";

    public static string Envelope12(string body, string? headers = null) =>
        $"""<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{Namespaces.Soap12}" {Ns}><s:Header>{headers ?? Headers()}</s:Header><s:Body>{body}</s:Body></s:Envelope>""";

    public static string NewMessageId() => "urn:uuid:" + Guid.NewGuid().ToString("D");

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    public static string Create(string resource, string type, string data) =>
        $"""<rp:CreateComponent><gup:ResourceID type="sip">{resource}</gup:ResourceID><rp:ComponentType>{type}</rp:ComponentType><rp:NewData>{data}</rp:NewData></rp:CreateComponent>""";

    public static string Read(string resource, string type, params string[] selects) =>
        $"""<rp:ReadData><gup:ResourceID>{resource}</gup:ResourceID><rp:ComponentType>{type}</rp:ComponentType>{string.Concat(selects.Select((s, i) => $"<rp:ReadItem itemID=\"i{i}\"><rp:Select>{s}</rp:Select></rp:ReadItem>"))}</rp:ReadData>""";

    public static string Modify(string resource, string type, string modifications) =>
        $"""<rp:ModifyData><gup:ResourceID>{resource}</gup:ResourceID><rp:ComponentType>{type}</rp:ComponentType>{modifications}</rp:ModifyData>""";

    public static string Modification(string select, string? newData, bool overwrite = false, string? notChangedSince = null, string? itemId = null) =>
        $"""<rp:Modification{(overwrite ? " overrideAllowed=\"true\"" : "")}{(notChangedSince is null ? "" : $" notChangedSince=\"{notChangedSince}\"")}{(itemId is null ? "" : $" itemID=\"{itemId}\"")}><rp:Select>{select}</rp:Select>{(newData is null ? "" : $"<rp:NewData>{newData}</rp:NewData>")}</rp:Modification>""";

    public static string Delete(string resource, string type) =>
        $"""<rp:DeleteComponent><gup:ResourceID>{resource}</gup:ResourceID><rp:ComponentType>{type}</rp:ComponentType></rp:DeleteComponent>""";

    public static string SubscriberInfo(string name = "Carol", string msisdn = "+46700000099") =>
        $"""<sub:SubscriberInfo><sub:DisplayName>{name}</sub:DisplayName><sub:Language>en</sub:Language><sub:MSISDN>{msisdn}</sub:MSISDN></sub:SubscriberInfo>""";

    public static string Presence(string status = "open") =>
        $"""<pres:PresenceSettings><pres:Status>{status}</pres:Status><pres:Device id="phone"><pres:Status>open</pres:Status></pres:Device></pres:PresenceSettings>""";
}
