using System.Xml.Serialization;

namespace GupSoap.Contracts.Gup;

/// <summary>TS 23.240 §4.1.2 resource identity: <c>gup:ResourceID type="sip|tel|imsi|msisdn|nai|generic"</c>.</summary>
[XmlType("ResourceIDType", Namespace = Namespaces.Gup)]
public sealed class ResourceId
{
    [XmlAttribute("type")]
    public string? Type { get; set; }

    [XmlText]
    public string Value { get; set; } = "";
}
