using System.Globalization;
using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Security;

/// <summary>Builds the <c>wsse:Security</c> header of a request we send: a fresh <c>wsu:Timestamp</c> and the token.</summary>
public static class SecurityHeader
{
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;
    private static readonly XNamespace Wsu = Namespaces.WsUtility;

    public static XElement Create(XElement assertion, DateTimeOffset now, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        return new XElement(Wsse + "Security",
            new XAttribute(XNamespace.Xmlns + "wsse", Wsse.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsu", Wsu.NamespaceName),
            new XElement(Wsu + "Timestamp",
                new XElement(Wsu + "Created", Instant(now)),
                new XElement(Wsu + "Expires", Instant(now + lifetime))),
            assertion);
    }

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
