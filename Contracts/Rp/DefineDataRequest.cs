using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.9 Define Data: extend a component type's schema with new data elements.</summary>
[XmlRoot("DefineData", Namespace = Namespaces.Rp)]
[XmlType("DefineDataType", Namespace = Namespaces.Rp)]
public sealed class DefineDataRequest
{
    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 0)]
    public RequestorData? RequestorData { get; set; }

    [XmlElement("ComponentType", Order = 1)]
    public XmlQualifiedName? ComponentType { get; set; }

    [XmlElement("Definition", Order = 2)]
    public ElementDefinition[]? Definitions { get; set; }
}

/// <summary>A new element: its name, its simple type, where it may appear and how often.</summary>
[XmlType("ElementDefinitionType", Namespace = Namespaces.Rp)]
public sealed class ElementDefinition
{
    [XmlElement("Name", Order = 0)]
    public XmlQualifiedName? Name { get; set; }

    /// <summary>An XML Schema built-in simple type such as <c>xs:string</c>, <c>xs:int</c>, <c>xs:boolean</c>.</summary>
    [XmlElement("Type", Order = 1)]
    public XmlQualifiedName? Type { get; set; }

    /// <summary>Data reference of the parent element the new element may appear under.</summary>
    [XmlElement("Parent", Order = 2)]
    public DataSelect? Parent { get; set; }

    [XmlAttribute("maxOccurs")]
    public int MaxOccurs { get; set; } = 1;
}

[XmlRoot("DefineDataResponse", Namespace = Namespaces.Rp)]
[XmlType("DefineDataResponseType", Namespace = Namespaces.Rp)]
public sealed class DefineDataResponse : RpResponse
{
}
