using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace GupSoap.Server.Subscriptions;

/// <summary>A digest of selected data, so the relay tells an application only when what it selected changed.</summary>
internal static class NotificationDigest
{
    public static string Of(IReadOnlyList<XObject> selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var text = new StringBuilder();
        foreach (var node in selected)
        {
            text.Append(node switch
            {
                XElement element => element.ToString(SaveOptions.DisableFormatting),
                XAttribute attribute => "@" + attribute.Name + "=" + attribute.Value,
                _ => node.ToString(),
            }).Append('\u001e');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
