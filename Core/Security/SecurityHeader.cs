using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Security;

/// <summary>Builds the <c>wsse:Security</c> header of a request we send: a fresh <c>wsu:Timestamp</c> and the token.</summary>
public static class SecurityHeader
{
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;
    private static readonly XNamespace Wsu = Namespaces.WsUtility;

    /// <summary>The header as an element (for clients that add headers as trees); the same as <see cref="Write"/> produces.</summary>
    public static XElement Create(XElement assertion, DateTimeOffset now, TimeSpan lifetime)
    {
        var document = new XDocument();
        using (var writer = document.CreateWriter())
        {
            Write(writer, assertion, now, lifetime);
        }

        return document.Root!;
    }

    /// <summary>Writes the header straight to <paramref name="writer"/>, without copying the token.</summary>
    public static void Write(XmlWriter writer, XElement assertion, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(assertion);
        writer.WriteStartElement("wsse", "Security", Wsse.NamespaceName);
        writer.WriteAttributeString("xmlns", "wsu", null, Wsu.NamespaceName);
        writer.WriteStartElement("wsu", "Timestamp", Wsu.NamespaceName);
        writer.WriteElementString("wsu", "Created", Wsu.NamespaceName, Instant(now));
        writer.WriteElementString("wsu", "Expires", Wsu.NamespaceName, Instant(now + lifetime));
        writer.WriteEndElement();
        assertion.WriteTo(writer);
        writer.WriteEndElement();
    }

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
