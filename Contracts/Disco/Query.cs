using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.3 Query: which services the requestor wants endpoint references (and tokens) for.</summary>
[XmlRoot("Query", Namespace = Namespaces.Disco)]
[XmlType("QueryType", Namespace = Namespaces.Disco)]
public sealed class QueryRequest
{
    [XmlElement("RequestedService", Order = 0)]
    public RequestedService[]? RequestedServices { get; set; }
}

/// <summary>Discovery 2.0 §3.3 QueryResponse: the status and one endpoint reference per service found.</summary>
[XmlRoot("QueryResponse", Namespace = Namespaces.Disco)]
[XmlType("QueryResponseType", Namespace = Namespaces.Disco)]
public sealed class QueryResponse : DiscoResponse
{
    [XmlElement("EndpointReference", Namespace = Namespaces.WsAddressing, Order = 1)]
    public EndpointReference[]? EndpointReferences { get; set; }
}
