using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.3 Modify: modifications across the components of one profile.</summary>
[XmlRoot("Modify", Namespace = Namespaces.Rg)]
[XmlType("ModifyType", Namespace = Namespaces.Rg)]
public sealed class ModifyRequest : RgRequest
{
    [XmlElement("ModifyItem", Order = 2)]
    public ModifyItem[]? Items { get; set; }
}

/// <summary>One modification: where (<c>Select</c>, naming the component), what (<c>NewData</c>), insert or overwrite.</summary>
[XmlType("ModifyItemType", Namespace = Namespaces.Rg)]
public sealed class ModifyItem
{
    [XmlElement("Select", Order = 0)]
    public DataSelect? Select { get; set; }

    /// <summary>The new element(s), or for an attribute its new value as text or in <c>value</c>.</summary>
    [XmlElement("NewData", Order = 1)]
    public ValueContent? NewData { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }

    /// <summary>Overwrite indication: true replaces existing data, false (default) only inserts.</summary>
    [XmlAttribute("overrideAllowed")]
    public bool OverrideAllowed { get; set; }

    [XmlAttribute("notChangedSince")]
    public DateTime NotChangedSince { get; set; }

    [XmlIgnore]
    public bool NotChangedSinceSpecified { get; set; }
}

[XmlRoot("ModifyResponse", Namespace = Namespaces.Rg)]
[XmlType("ModifyResponseType", Namespace = Namespaces.Rg)]
public sealed class ModifyResponse : RgResponse
{
    /// <summary>One per ModifyItem, in request order: which succeeded (with the new version) and which failed.</summary>
    [XmlElement("ItemResult", Order = 1)]
    public ItemResult[]? Items { get; set; }
}
