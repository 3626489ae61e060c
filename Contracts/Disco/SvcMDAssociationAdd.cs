using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.2 SvcMDAssociationAdd: associate registered entries with the requesting subscriber.</summary>
[XmlRoot("SvcMDAssociationAdd", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationAddType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationAddRequest
{
    [XmlElement("SvcMDID", Order = 0)]
    public string[]? SvcMDIDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.2 SvcMDAssociationAddResponse.</summary>
[XmlRoot("SvcMDAssociationAddResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationAddResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationAddResponse : DiscoResponse
{
}
