using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.1 Create: one or more new components of a profile; the first one creates the profile.</summary>
[XmlRoot("Create", Namespace = Namespaces.Rg)]
[XmlType("CreateType", Namespace = Namespaces.Rg)]
public sealed class CreateRequest : RgRequest
{
    /// <summary>The application's hint where the new components should be stored (a RAF name).</summary>
    [XmlElement("TargetRepository", Namespace = Namespaces.Gup, Order = 2)]
    public string? TargetRepository { get; set; }

    [XmlElement("CreateItem", Order = 3)]
    public CreateItem[]? Items { get; set; }
}

/// <summary>One new component: its type (the QName of its root element) and the document.</summary>
[XmlType("CreateItemType", Namespace = Namespaces.Rg)]
public sealed class CreateItem
{
    [XmlElement("NewData")]
    public AnyContent? NewData { get; set; }

    [XmlAttribute("objectType")]
    public XmlQualifiedName? ObjectType { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }
}

[XmlRoot("CreateResponse", Namespace = Namespaces.Rg)]
[XmlType("CreateResponseType", Namespace = Namespaces.Rg)]
public sealed class CreateResponse : RgResponse
{
    /// <summary>One per CreateItem, in request order, when the create succeeded.</summary>
    [XmlElement("ItemResult", Order = 1)]
    public ItemResult[]? Items { get; set; }
}
