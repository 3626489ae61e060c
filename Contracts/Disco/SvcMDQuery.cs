using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.4 SvcMDQuery: read registered entries by id; no id means every entry the requestor may see.</summary>
[XmlRoot("SvcMDQuery", Namespace = Namespaces.Disco)]
[XmlType("SvcMDQueryType", Namespace = Namespaces.Disco)]
public sealed class SvcMDQueryRequest
{
    [XmlElement("SvcMDID", Order = 0)]
    public string[]? SvcMDIDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.4 SvcMDQueryResponse: the entries found.</summary>
[XmlRoot("SvcMDQueryResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDQueryResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDQueryResponse : DiscoResponse
{
    [XmlElement("SvcMD", Order = 1)]
    public SvcMD[]? SvcMDs { get; set; }
}
