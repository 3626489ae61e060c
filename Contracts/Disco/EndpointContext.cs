using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.2 <c>disco:EndpointContext</c>: addresses, frameworks, security mechanisms and actions of one endpoint.</summary>
[XmlType("EndpointContextType", Namespace = Namespaces.Disco)]
public sealed class EndpointContext
{
    [XmlElement("Address", Order = 0)]
    public string[]? Addresses { get; set; }

    [XmlElement("Framework", Namespace = Namespaces.SoapBindingFramework, Order = 1)]
    public Framework[]? Frameworks { get; set; }

    [XmlElement("SecurityMechID", Order = 2)]
    public string[]? SecurityMechIds { get; set; }

    [XmlElement("Action", Order = 3)]
    public string[]? Actions { get; set; }
}
