using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>Elements every Rg request about one subscriber's profile carries (TS 23.240 §4.3).</summary>
public abstract class RgRequest
{
    [XmlElement("ResourceID", Namespace = Namespaces.Gup, Order = 0)]
    public ResourceId? ResourceId { get; set; }

    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 1)]
    public RequestorData? RequestorData { get; set; }
}
