using System.Xml;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.2 Delete: the listed components, or the whole profile when none is listed.</summary>
[XmlRoot("Delete", Namespace = Namespaces.Rg)]
[XmlType("DeleteType", Namespace = Namespaces.Rg)]
public sealed class DeleteRequest : RgRequest
{
    [XmlElement("DeleteItem", Order = 2)]
    public DeleteItem[]? Items { get; set; }
}

[XmlType("DeleteItemType", Namespace = Namespaces.Rg)]
public sealed class DeleteItem
{
    [XmlAttribute("objectType")]
    public XmlQualifiedName? ObjectType { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }

    /// <summary>Optimistic lock: fail with <c>ModifiedSince</c> when the component changed after this instant.</summary>
    [XmlAttribute("notChangedSince")]
    public DateTime NotChangedSince { get; set; }

    [XmlIgnore]
    public bool NotChangedSinceSpecified { get; set; }
}

[XmlRoot("DeleteResponse", Namespace = Namespaces.Rg)]
[XmlType("DeleteResponseType", Namespace = Namespaces.Rg)]
public sealed class DeleteResponse : RgResponse
{
}
