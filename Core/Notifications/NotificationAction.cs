using System.Xml;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Notifications;

/// <summary>
/// The SOAPAction of a notification, from its payload's root element: namespace + ":" + local name, e.g.
/// <c>urn:3gpp:gup:2006-08:rg:Notify</c> (TS 23.240 §4.3.7) or <c>urn:3gpp:gup:2006-08:rp:NotifyData</c> (§4.4.8).
/// </summary>
public static class NotificationAction
{
    private static readonly XmlLimits Limits = new();

    /// <summary>The action, or null when the payload has no readable root element.</summary>
    public static string? Of(string payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            // Only the first element is read: the payload is our own, but it is still read like any XML text.
            using var text = new StringReader(payload);
            using var reader = SafeXmlReaderFactory.Create(text, Limits.WithMaxBodyBytes(Math.Max(payload.Length, 1)));
            return reader.MoveToContent() == XmlNodeType.Element && reader.NamespaceURI.Length > 0
                ? reader.NamespaceURI + ":" + reader.LocalName
                : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }
}
