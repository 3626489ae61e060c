using System.Collections.Concurrent;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Notifications;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Wraps an outbox payload (rg:Notify or rp:NotifyData) into a SOAP 1.1 envelope for one delivery attempt: fresh
/// MessageID and Timestamp, our providerID as sb:Sender, and a bearer token of ours for the subscriber
/// (audience = the subscriber's providerID), so the callback can tell the notification is genuine.
/// </summary>
public sealed class NotificationEnvelope(string senderProviderId, AssertionIssuer issuer, TimeProvider time)
{
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, (XElement Token, DateTimeOffset Expires)> _tokens = new(StringComparer.Ordinal);

    public string Build(OutboxEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var now = time.GetUtcNow();
        var text = new StringBuilder(entry.Payload.Length + 4096);
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Document }))
        {
            writer.WriteStartElement("s", "Envelope", Namespaces.Soap11);
            writer.WriteStartElement("s", "Header", Namespaces.Soap11);
            writer.WriteStartElement("sbf", "Framework", Namespaces.SoapBindingFramework);
            writer.WriteAttributeString("version", "2.0");
            writer.WriteEndElement();
            writer.WriteStartElement("sb", "Sender", Namespaces.SoapBinding);
            writer.WriteAttributeString("providerID", senderProviderId);
            writer.WriteEndElement();
            writer.WriteElementString("wsa", "MessageID", Namespaces.WsAddressing, "urn:uuid:" + Guid.NewGuid().ToString("D"));
            SecurityHeader.Write(writer, TokenFor(entry.Audience, now), now, TimeSpan.FromMinutes(5));
            writer.WriteEndElement();
            writer.WriteStartElement("s", "Body", Namespaces.Soap11);
            writer.WriteRaw(entry.Payload);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return text.ToString();
    }

    private XElement TokenFor(string audience, DateTimeOffset now)
    {
        if (!_tokens.TryGetValue(audience, out var cached) || cached.Expires - now < TimeSpan.FromMinutes(2))
        {
            cached = (issuer.Issue(new AssertionDescriptor
            {
                Audiences = [audience],
                NameId = senderProviderId,
                Lifetime = TokenLifetime,
                // Names the service itself as the requestor: a service-to-service token of this deployment.
                Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = [senderProviderId] },
            }), now + TokenLifetime);
            _tokens[audience] = cached;
        }

        return cached.Token;
    }
}
