using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.5 Read Data: several data references into one component.</summary>
[XmlRoot("ReadData", Namespace = Namespaces.Rp)]
[XmlType("ReadDataType", Namespace = Namespaces.Rp)]
public sealed class ReadDataRequest : RpComponentRequest
{
    [XmlElement("ReadItem", Order = 3)]
    public ReadItem[]? Items { get; set; }
}

[XmlType("ReadItemType", Namespace = Namespaces.Rp)]
public sealed class ReadItem
{
    [XmlElement("Select")]
    public DataSelect? Select { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }
}

[XmlRoot("ReadDataResponse", Namespace = Namespaces.Rp)]
[XmlType("ReadDataResponseType", Namespace = Namespaces.Rp)]
public sealed class ReadDataResponse : RpResponse
{
    [XmlElement("Data", Order = 1)]
    public ItemData[]? Data { get; set; }
}

/// <summary>The data selected by one read item, with the component version it was read from.</summary>
[XmlType("ItemDataType", Namespace = Namespaces.Rp)]
public sealed class ItemData
{
    [XmlAnyElement]
    public System.Xml.Linq.XElement[]? Elements { get; set; }

    [XmlText]
    public string? Text { get; set; }

    [XmlAttribute("itemIDRef")]
    public string? ItemIdRef { get; set; }

    [XmlAttribute("version")]
    public long Version { get; set; }

    [XmlAttribute("changeTime")]
    public DateTime ChangeTime { get; set; }

    /// <summary>An attribute's value, selected: the same as <see cref="Text"/>, for clients that read no mixed-content text.</summary>
    [XmlAttribute("value")]
    public string? Value { get; set; }
}
