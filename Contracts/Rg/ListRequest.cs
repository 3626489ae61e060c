using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.4 List: which resources hold which components, across every repository, paged.</summary>
[XmlRoot("List", Namespace = Namespaces.Rg)]
[XmlType("ListType", Namespace = Namespaces.Rg)]
public sealed class ListRequest
{
    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 0)]
    public RequestorData? RequestorData { get; set; }

    [XmlElement("SearchCriteria", Order = 1)]
    public ListCriteria? SearchCriteria { get; set; }

    [XmlAttribute("count")]
    public int Count { get; set; }

    [XmlIgnore]
    public bool CountSpecified { get; set; }

    [XmlAttribute("offset")]
    public int Offset { get; set; }
}

[XmlType("SearchCriteriaType", Namespace = Namespaces.Rg)]
public sealed class ListCriteria
{
    /// <summary>Resource identity pattern; <c>*</c> matches any run of characters.</summary>
    [XmlElement("ResourceIDPattern", Order = 0)]
    public string? ResourceIdPattern { get; set; }

    [XmlElement("ComponentType", Order = 1)]
    public XmlQualifiedName[]? ComponentTypes { get; set; }
}

[XmlRoot("ListResponse", Namespace = Namespaces.Rg)]
[XmlType("ListResponseType", Namespace = Namespaces.Rg)]
public sealed class ListResponse : RgResponse
{
    [XmlElement("ListItem", Order = 1)]
    public ProfileListItem[]? Items { get; set; }

    /// <summary><c>true</c> when this page is the last one.</summary>
    [XmlElement("EndOfList", Order = 2)]
    public bool EndOfList { get; set; }

    [XmlIgnore]
    public bool EndOfListSpecified { get; set; }

    [XmlAttribute("nextOffset")]
    public int NextOffset { get; set; }

    [XmlIgnore]
    public bool NextOffsetSpecified { get; set; }
}

/// <summary>One resource and the component types it holds (in any repository).</summary>
[XmlType("ListItemType", Namespace = Namespaces.Rg)]
public sealed class ProfileListItem
{
    [XmlElement("ResourceID", Namespace = Namespaces.Gup, Order = 0)]
    public ResourceId? ResourceId { get; set; }

    [XmlElement("ComponentType", Order = 1)]
    public XmlQualifiedName[]? ComponentTypes { get; set; }
}
