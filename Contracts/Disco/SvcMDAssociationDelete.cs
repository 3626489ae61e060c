using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.3 SvcMDAssociationDelete: remove associations of the requesting subscriber.</summary>
[XmlRoot("SvcMDAssociationDelete", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationDeleteType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationDeleteRequest
{
    [XmlElement("SvcMDID", Order = 0)]
    public string[]? SvcMDIDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.3 SvcMDAssociationDeleteResponse.</summary>
[XmlRoot("SvcMDAssociationDeleteResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationDeleteResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationDeleteResponse : DiscoResponse
{
}
