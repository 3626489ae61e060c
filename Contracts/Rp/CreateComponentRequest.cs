using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.1 Create Component: a new component document for a resource.</summary>
[XmlRoot("CreateComponent", Namespace = Namespaces.Rp)]
[XmlType("CreateComponentType", Namespace = Namespaces.Rp)]
public sealed class CreateComponentRequest : RpComponentRequest
{
    [XmlElement("NewData", Order = 3)]
    public AnyContent? NewData { get; set; }
}

[XmlRoot("CreateComponentResponse", Namespace = Namespaces.Rp)]
[XmlType("CreateComponentResponseType", Namespace = Namespaces.Rp)]
public sealed class CreateComponentResponse : RpResponse
{
    [XmlElement("Version", Order = 1)]
    public long? Version { get; set; }
}
