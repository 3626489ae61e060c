using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.2 <c>disco:ServiceContext</c>: the service types offered and where.</summary>
[XmlType("ServiceContextType", Namespace = Namespaces.Disco)]
public sealed class ServiceContext
{
    [XmlElement("ServiceType", Order = 0)]
    public string[]? ServiceTypes { get; set; }

    [XmlElement("Options", Order = 1)]
    public ServiceOptions[]? Options { get; set; }

    [XmlElement("EndpointContext", Order = 2)]
    public EndpointContext[]? EndpointContexts { get; set; }
}

/// <summary>Discovery 2.0 §3.2 <c>disco:Options</c>: option URIs a service supports.</summary>
[XmlType("OptionsType", Namespace = Namespaces.Disco)]
public sealed class ServiceOptions
{
    [XmlElement("Option", Order = 0)]
    public string[]? Option { get; set; }
}
