using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>Round trips of a merged Profile through text, the way responses leave the server.</summary>
internal static class MergeSerialization
{
    public const string OuterNamespace = "urn:test:outer";
    public const string OuterDefaultNamespace = "urn:test:outer-default";

    public static XElement ViaToString(XElement profile, SaveOptions options) => XElement.Parse(profile.ToString(options));

    /// <summary>Writes the Profile inside an outer element that declares a default namespace and the prefixes p, sub and gup for other URIs.</summary>
    public static XElement ViaWriterInsideOuterElement(XElement profile)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = true }))
        {
            writer.WriteStartElement("o", "Outer", OuterNamespace);
            writer.WriteAttributeString("xmlns", OuterDefaultNamespace);
            writer.WriteAttributeString("xmlns", "p", null, "urn:test:outer-p");
            writer.WriteAttributeString("xmlns", "sub", null, "urn:test:outer-sub");
            writer.WriteAttributeString("xmlns", "gup", null, "urn:test:outer-gup");
            profile.WriteTo(writer);
            writer.WriteEndElement();
        }

        return XElement.Parse(text.ToString()).Elements().Single();
    }

    public static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
