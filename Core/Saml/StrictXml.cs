using System.Xml.Linq;

namespace GupSoap.Core.Saml;

/// <summary>Small strict-reading helpers: element-only content, allow-listed attributes, text-only content.</summary>
internal static class StrictXml
{
    /// <summary>The child elements, or null when the element holds non-whitespace text.</summary>
    public static List<XElement>? Children(XElement element)
    {
        var children = new List<XElement>();
        foreach (var node in element.Nodes())
        {
            if (node is XElement child)
            {
                children.Add(child);
            }
            else if (node is XText text && !string.IsNullOrWhiteSpace(text.Value))
            {
                return null;
            }
        }

        return children;
    }

    /// <summary>True when every attribute other than namespace declarations is one of <paramref name="allowed"/>.</summary>
    public static bool AttributesWithin(XElement element, params ReadOnlySpan<XName> allowed)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && allowed.IndexOf(attribute.Name) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The whole text of an element without child elements; null when it has any.</summary>
    public static string? Text(XElement element) => element.HasElements ? null : element.Value;
}
