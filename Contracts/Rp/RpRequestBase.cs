using System.Xml;
using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>Elements every Rp request addressed to one component of one resource carries (TS 23.240 §4.4).</summary>
public abstract class RpComponentRequest
{
    [XmlElement("ResourceID", Namespace = Namespaces.Gup, Order = 0)]
    public ResourceId? ResourceId { get; set; }

    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 1)]
    public RequestorData? RequestorData { get; set; }

    /// <summary>The component type: the QName of the component's root element.</summary>
    [XmlElement("ComponentType", Order = 2)]
    public XmlQualifiedName? ComponentType { get; set; }
}
