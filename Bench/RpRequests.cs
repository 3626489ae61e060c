using System.Globalization;
using System.Text;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;

namespace GupSoap.Bench;

/// <summary>
/// The Rp requests the benchmarks send, written as a typical Liberty client does (SOAP 1.1, <c>sbf:Framework</c>,
/// <c>sb:Sender</c>, WS-Addressing MessageID and Action, <c>wsu:Timestamp</c>), encoded as UTF-8 bytes.
/// </summary>
internal static class RpRequests
{
    public const string Sender = "urn:gupsoap:app:bench";
    public const string ReadResource = "sip:alice@example.org";
    public const string DisplayNameSelect = "/gup:Profile/sub:SubscriberInfo/sub:DisplayName";

    private const string Indent = "\n    ";

    private static readonly string ReadBody =
        $"""
        <rp:ReadData>
              <gup:ResourceID type="sip">{ReadResource}</gup:ResourceID>
              <gup:RequestorData>
                <gup:ApplicationID>{Sender}</gup:ApplicationID>
              </gup:RequestorData>
              <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>
              <rp:ReadItem itemID="name">
                <rp:Select>{DisplayNameSelect}</rp:Select>
              </rp:ReadItem>
              <rp:ReadItem itemID="msisdn">
                <rp:Select>/gup:Profile/sub:SubscriberInfo/sub:MSISDN</rp:Select>
              </rp:ReadItem>
            </rp:ReadData>
        """;

    /// <summary>Read Data of alice's DisplayName and MSISDN: the request of the <c>load</c> and <c>micro</c> modes.</summary>
    public static RpRequest ReadData(string messageId, DateTimeOffset now) =>
        Build(RpOperations.ReadData, ReadBody, messageId, now);

    /// <summary>Modify Data overwriting the DisplayName of <paramref name="resource"/>.</summary>
    public static RpRequest ModifyDisplayName(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RpOperations.ModifyData,
            $"""<rp:ModifyData>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>{Indent}  <rp:Modification itemID="name" overrideAllowed="true">{Indent}    <rp:Select>{DisplayNameSelect}</rp:Select>{Indent}    <rp:NewData><sub:DisplayName>{displayName}</sub:DisplayName></rp:NewData>{Indent}  </rp:Modification>{Indent}</rp:ModifyData>""",
            messageId, now);

    /// <summary>Create Component of a SubscriberInfo for <paramref name="resource"/> (the mixed workload's own resources).</summary>
    public static RpRequest CreateSubscriberInfo(string resource, string displayName, string messageId, DateTimeOffset now) =>
        Build(RpOperations.CreateComponent,
            $"""<rp:CreateComponent>{Indent}  <gup:ResourceID type="sip">{resource}</gup:ResourceID>{Indent}  <rp:ComponentType>sub:SubscriberInfo</rp:ComponentType>{Indent}  <rp:NewData>{SubscriberInfo(displayName)}</rp:NewData>{Indent}</rp:CreateComponent>""",
            messageId, now);

    /// <summary>A SubscriberInfo component document (also the <c>micro</c> mode's schema validation input).</summary>
    public static string SubscriberInfo(string displayName) =>
        $"""<sub:SubscriberInfo xmlns:sub="{Namespaces.Subscriber}"><sub:DisplayName>{displayName}</sub:DisplayName><sub:Language>en</sub:Language><sub:MSISDN>+46700000100</sub:MSISDN></sub:SubscriberInfo>""";

    public static string NewMessageId() => "urn:uuid:" + Guid.NewGuid().ToString("D");

    private static RpRequest Build(string operation, string body, string messageId, DateTimeOffset now)
    {
        var action = RpOperations.Action(operation);
        var text =
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="{Namespaces.Soap11}" xmlns:rp="{Namespaces.Rp}" xmlns:gup="{Namespaces.Gup}" xmlns:sub="{Namespaces.Subscriber}">
              <s:Header>
                <sbf:Framework xmlns:sbf="{Namespaces.SoapBindingFramework}" version="2.0"/>
                <sb:Sender xmlns:sb="{Namespaces.SoapBinding}" providerID="{Sender}"/>
                <wsa:MessageID xmlns:wsa="{Namespaces.WsAddressing}">{messageId}</wsa:MessageID>
                <wsa:Action xmlns:wsa="{Namespaces.WsAddressing}">{action}</wsa:Action>
                <wsse:Security xmlns:wsse="{Namespaces.WsSecurity}" xmlns:wsu="{Namespaces.WsUtility}">
                  <wsu:Timestamp>
                    <wsu:Created>{Instant(now)}</wsu:Created>
                    <wsu:Expires>{Instant(now.AddMinutes(5))}</wsu:Expires>
                  </wsu:Timestamp>
                </wsse:Security>
              </s:Header>
              <s:Body>
                {body}
              </s:Body>
            </s:Envelope>
            """;
        return new RpRequest(action, Encoding.UTF8.GetBytes(text));
    }

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
