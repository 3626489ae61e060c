using System.Xml;
using System.Xml.Linq;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Gup;

/// <summary>
/// TS 23.240 §4.2.2 redirect mode: where the application goes itself, one <c>gup:Redirect</c> per repository.
/// </summary>
[XmlType("RedirectionDataType", Namespace = Namespaces.Gup)]
public sealed class RedirectionData
{
    [XmlElement("Redirect")]
    public Redirect[]? Redirects { get; set; }
}

/// <summary>One repository: its Rp address, the component types to ask it for, and the one-time assertion to show.</summary>
[XmlType("RedirectType", Namespace = Namespaces.Gup)]
public sealed class Redirect
{
    [XmlElement("Address", DataType = "anyURI")]
    public string? Address { get; set; }

    [XmlElement("ComponentType")]
    public XmlQualifiedName[]? ComponentTypes { get; set; }

    [XmlElement("Assertion")]
    public AssertionHolder? Assertion { get; set; }
}

/// <summary>Holds one signed <c>saml2:Assertion</c>, written out exactly as issued.</summary>
[XmlType("AssertionHolderType", Namespace = Namespaces.Gup)]
public sealed class AssertionHolder
{
    [XmlAnyElement]
    public XElement[]? Elements { get; set; }
}
