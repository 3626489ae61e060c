using System.Xml.Linq;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>Reads an interface WSDL: the definitions element, QName-valued attributes and document/literal message parts.</summary>
internal static class WsdlStructure
{
    public static readonly XNamespace Wsdl11 = "http://schemas.xmlsoap.org/wsdl/";
    public static readonly XNamespace Soap11 = "http://schemas.xmlsoap.org/wsdl/soap/";
    public static readonly XNamespace Soap12 = "http://schemas.xmlsoap.org/wsdl/soap12/";

    /// <summary>The wsdl:definitions element of the interface WSDL, checked to target the interface namespace.</summary>
    public static XElement Load(WsdlInterface contract)
    {
        var doc = XDocument.Load(contract.WsdlPath);
        Assert.AreEqual(Wsdl11 + "definitions", doc.Root!.Name);
        Assert.AreEqual(contract.Namespace, (string?)doc.Root.Attribute("targetNamespace"));
        return doc.Root;
    }

    public static XName ResolveQName(XElement element, string attribute)
    {
        var value = (string?)element.Attribute(attribute);
        Assert.IsNotNull(value, attribute);
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        var prefix = colon < 0 ? string.Empty : value[..colon];
        var ns = colon < 0 ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(prefix);
        Assert.IsNotNull(ns, "unbound prefix in " + value);
        return ns + value[(colon + 1)..];
    }

    /// <summary>The element of the single part of a WSDL message (document/literal); the message is in the interface namespace.</summary>
    public static XName MessagePart(WsdlInterface contract, XElement wsdl, XName message)
    {
        Assert.AreEqual(contract.Namespace, message.NamespaceName);
        var definition = wsdl.Elements(Wsdl11 + "message").SingleOrDefault(m => (string?)m.Attribute("name") == message.LocalName);
        Assert.IsNotNull(definition, "message " + message.LocalName);
        var part = definition.Elements(Wsdl11 + "part").Single();
        Assert.IsNull(part.Attribute("type"), "document/literal parts name elements");
        return ResolveQName(part, "element");
    }
}
