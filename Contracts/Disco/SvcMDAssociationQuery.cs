using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.7 SvcMDAssociationQuery: which entries the requesting subscriber is associated with.</summary>
[XmlRoot("SvcMDAssociationQuery", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationQueryType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationQueryRequest
{
    /// <summary>Only these ids are reported (when associated); none means every association.</summary>
    [XmlElement("SvcMDID", Order = 0)]
    public string[]? SvcMDIDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.7 SvcMDAssociationQueryResponse: the associated ids.</summary>
[XmlRoot("SvcMDAssociationQueryResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDAssociationQueryResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDAssociationQueryResponse : DiscoResponse
{
    [XmlElement("SvcMDID", Order = 1)]
    public string[]? SvcMDIDs { get; set; }
}
