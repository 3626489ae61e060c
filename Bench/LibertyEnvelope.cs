using System.Globalization;
using System.Text;
using GupSoap.Contracts;

namespace GupSoap.Bench;

/// <summary>
/// The SOAP 1.1 envelope every benchmark request travels in, written as a typical Liberty client does
/// (<c>sbf:Framework</c>, <c>sb:Sender</c>, WS-Addressing MessageID and Action, <c>wsu:Timestamp</c> and a SAML bearer token), as UTF-8 bytes.
/// The Envelope declares the operation's prefix, <c>gup</c> and <c>sub</c> for the body.
/// </summary>
internal static class LibertyEnvelope
{
    public const string Sender = "urn:gupsoap:app:bench";

    /// <summary>The body of a benchmark request is indented by this much inside the envelope.</summary>
    public const string Indent = "\n    ";

    /// <summary>The bearer assertion every request carries (minted by the embedded server's own key at start).</summary>
    public static string Token { get; set; } = "";

    public static LoadRequest Build(Uri path, string prefix, string operationNamespace, string action, string body, string messageId, DateTimeOffset now)
    {
        var text =
            $"""
            <?xml version="1.0" encoding="utf-8"?>
            <s:Envelope xmlns:s="{Namespaces.Soap11}" xmlns:{prefix}="{operationNamespace}" xmlns:gup="{Namespaces.Gup}" xmlns:sub="{Namespaces.Subscriber}">
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
                  {Token}
                </wsse:Security>
              </s:Header>
              <s:Body>
                {body}
              </s:Body>
            </s:Envelope>
            """;
        return new LoadRequest(path, action, Encoding.UTF8.GetBytes(text));
    }

    public static string NewMessageId() => "urn:uuid:" + Guid.NewGuid().ToString("D");

    private static string Instant(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
