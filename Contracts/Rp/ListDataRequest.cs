using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.4 List Data: which resources hold which components, with paging.</summary>
[XmlRoot("ListData", Namespace = Namespaces.Rp)]
[XmlType("ListDataType", Namespace = Namespaces.Rp)]
public sealed class ListDataRequest
{
    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 0)]
    public RequestorData? RequestorData { get; set; }

    [XmlElement("SearchCriteria", Order = 1)]
    public SearchCriteria? SearchCriteria { get; set; }

    [XmlAttribute("count")]
    public int Count { get; set; }

    [XmlIgnore]
    public bool CountSpecified { get; set; }

    [XmlAttribute("offset")]
    public int Offset { get; set; }
}

[XmlType("SearchCriteriaType", Namespace = Namespaces.Rp)]
public sealed class SearchCriteria
{
    /// <summary>Resource identity pattern; <c>*</c> matches any run of characters.</summary>
    [XmlElement("ResourceIDPattern", Order = 0)]
    public string? ResourceIdPattern { get; set; }

    [XmlElement("ComponentType", Order = 1)]
    public XmlQualifiedName[]? ComponentTypes { get; set; }
}

[XmlRoot("ListDataResponse", Namespace = Namespaces.Rp)]
[XmlType("ListDataResponseType", Namespace = Namespaces.Rp)]
public sealed class ListDataResponse : RpResponse
{
    [XmlElement("ListItem", Order = 1)]
    public ListItem[]? Items { get; set; }

    /// <summary><c>true</c> when this page is the last one (absent means more pages follow).</summary>
    [XmlElement("EndOfList", Order = 2)]
    public bool EndOfList { get; set; }

    [XmlIgnore]
    public bool EndOfListSpecified { get; set; }

    [XmlAttribute("nextOffset")]
    public int NextOffset { get; set; }

    [XmlIgnore]
    public bool NextOffsetSpecified { get; set; }
}

[XmlType("ListItemType", Namespace = Namespaces.Rp)]
public sealed class ListItem
{
    [XmlElement("ResourceID", Namespace = Namespaces.Gup, Order = 0)]
    public ResourceId? ResourceId { get; set; }

    [XmlElement("ComponentType", Order = 1)]
    public XmlQualifiedName[]? ComponentTypes { get; set; }
}
