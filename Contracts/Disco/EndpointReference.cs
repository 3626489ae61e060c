using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>WS-Addressing 1.0 Core §2 <c>wsa:EndpointReference</c>, as Discovery 2.0 §4 profiles it: address and metadata.</summary>
[XmlType("EndpointReferenceType", Namespace = Namespaces.WsAddressing)]
public sealed class EndpointReference
{
    [XmlElement("Address", Order = 0)]
    public string Address { get; set; } = "";

    [XmlElement("Metadata", Order = 1)]
    public EndpointMetadata? Metadata { get; set; }
}

/// <summary>Discovery 2.0 §4 <c>wsa:Metadata</c> of an EPR: framework, abstract, provider, service type and security context.</summary>
[XmlType("MetadataType", Namespace = Namespaces.WsAddressing)]
public sealed class EndpointMetadata
{
    [XmlElement("Framework", Namespace = Namespaces.SoapBindingFramework, Order = 0)]
    public Framework? Framework { get; set; }

    [XmlElement("Abstract", Namespace = Namespaces.Disco, Order = 1)]
    public string? Abstract { get; set; }

    [XmlElement("ProviderID", Namespace = Namespaces.Disco, Order = 2)]
    public string? ProviderId { get; set; }

    [XmlElement("ServiceType", Namespace = Namespaces.Disco, Order = 3)]
    public string? ServiceType { get; set; }

    [XmlElement("SecurityContext", Namespace = Namespaces.Disco, Order = 4)]
    public SecurityContext[]? SecurityContexts { get; set; }
}
