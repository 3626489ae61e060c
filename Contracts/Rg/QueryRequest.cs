using System.Xml.Linq;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.5 Query: several data references; <c>/</c> or <c>/gup:Profile</c> is the whole profile.</summary>
[XmlRoot("Query", Namespace = Namespaces.Rg)]
[XmlType("QueryType", Namespace = Namespaces.Rg)]
public sealed class QueryRequest : RgRequest
{
    [XmlElement("QueryItem", Order = 2)]
    public QueryItem[]? Items { get; set; }
}

[XmlType("QueryItemType", Namespace = Namespaces.Rg)]
public sealed class QueryItem
{
    [XmlElement("Select")]
    public DataSelect? Select { get; set; }

    [XmlAttribute("itemID")]
    public string? ItemId { get; set; }

    /// <summary>Only data of components changed after this instant is returned.</summary>
    [XmlAttribute("changedSince")]
    public DateTime ChangedSince { get; set; }

    [XmlIgnore]
    public bool ChangedSinceSpecified { get; set; }
}

[XmlRoot("QueryResponse", Namespace = Namespaces.Rg)]
[XmlType("QueryResponseType", Namespace = Namespaces.Rg)]
public sealed class QueryResponse : RgResponse
{
    [XmlElement("Data", Order = 1)]
    public QueryData[]? Data { get; set; }
}

/// <summary>
/// What one QueryItem selected: elements (a <c>gup:Profile</c> for the whole profile), or an attribute's value as
/// text. <c>version</c> and <c>changeTime</c> are those of the component when the item addressed one component.
/// </summary>
[XmlType("DataType", Namespace = Namespaces.Rg)]
public sealed class QueryData
{
    [XmlAnyElement]
    public XElement[]? Elements { get; set; }

    [XmlText]
    public string? Text { get; set; }

    [XmlAttribute("itemIDRef")]
    public string? ItemIdRef { get; set; }

    [XmlAttribute("version")]
    public long Version { get; set; }

    [XmlIgnore]
    public bool VersionSpecified { get; set; }

    [XmlAttribute("changeTime")]
    public DateTime ChangeTime { get; set; }

    [XmlIgnore]
    public bool ChangeTimeSpecified { get; set; }

    /// <summary>An attribute's value, selected: the same as <see cref="Text"/>, for clients that read no mixed-content text.</summary>
    [XmlAttribute("value")]
    public string? Value { get; set; }
}
