using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Schema;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Gup;

/// <summary>
/// A data reference as it appears on the wire (<c>Select</c>), together with the namespace bindings in scope
/// of the element that carried it: the prefixes in a data reference are resolved there (PROTOCOL.md "Data references").
/// </summary>
public sealed partial class DataSelect : IXmlSerializable
{
    private Dictionary<string, string> _namespaces = new(StringComparer.Ordinal);

    public DataSelect()
    {
    }

    public DataSelect(string text, IReadOnlyDictionary<string, string>? namespaces = null)
    {
        Text = text;
        if (namespaces is not null)
        {
            _namespaces = new Dictionary<string, string>(namespaces, StringComparer.Ordinal);
        }
    }

    public string Text { get; private set; } = "";

    /// <summary>Prefix → namespace URI for every prefix-like token of <see cref="Text"/> that was bound in scope.</summary>
    public IReadOnlyDictionary<string, string> Namespaces => _namespaces;

    public string? LookupNamespace(string prefix) => _namespaces.TryGetValue(prefix, out var ns) ? ns : null;

    XmlSchema? IXmlSerializable.GetSchema() => null;

    void IXmlSerializable.ReadXml(XmlReader reader)
    {
        reader.MoveToContent();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        reader.Read();
        var text = new StringBuilder();
        while (reader.NodeType is not XmlNodeType.EndElement and not XmlNodeType.None)
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                text.Append(reader.Value);
                reader.Read();
            }
            else if (reader.NodeType == XmlNodeType.Element)
            {
                throw new XmlException("Select must contain text only.");
            }
            else
            {
                reader.Read();
            }
        }

        Text = text.ToString().Trim();
        // Still inside the Select element: its namespace scope is the one that applies.
        foreach (Match m in PrefixToken().Matches(Text))
        {
            var prefix = m.Groups[1].Value;
            if (!_namespaces.ContainsKey(prefix) && reader.LookupNamespace(prefix) is { } ns)
            {
                _namespaces[prefix] = ns;
            }
        }

        if (reader.NodeType == XmlNodeType.EndElement)
        {
            reader.ReadEndElement();
        }
    }

    void IXmlSerializable.WriteXml(XmlWriter writer)
    {
        foreach (var (prefix, ns) in _namespaces)
        {
            if (writer.LookupPrefix(ns) != prefix)
            {
                writer.WriteAttributeString("xmlns", prefix, null, ns);
            }
        }

        writer.WriteString(Text);
    }

    public override string ToString() => Text;

    [GeneratedRegex(@"([A-Za-z_][A-Za-z0-9_.\-]*):(?=[A-Za-z_*])")]
    private static partial Regex PrefixToken();
}
