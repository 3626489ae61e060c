using System.ServiceModel.Channels;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>Writes one Liberty/WS-Addressing header block exactly as given (name, attributes, content).</summary>
internal sealed class LibertyHeader(XElement element) : MessageHeader
{
    public override string Name => element.Name.LocalName;

    public override string Namespace => element.Name.NamespaceName;

    protected override void OnWriteStartHeader(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
        writer.WriteStartElement(element.GetPrefixOfNamespace(element.Name.Namespace) ?? "h", Name, Namespace);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, attribute.Value);
        }
    }

    protected override void OnWriteHeaderContents(XmlDictionaryWriter writer, MessageVersion messageVersion)
    {
        foreach (var node in element.Nodes())
        {
            node.WriteTo(writer);
        }
    }
}
