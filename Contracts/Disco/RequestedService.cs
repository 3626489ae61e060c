using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.3.2 RequestedService: the filters of one Query; an absent filter matches anything.</summary>
[XmlType("RequestedServiceType", Namespace = Namespaces.Disco)]
public sealed class RequestedService
{
    [XmlElement("ServiceType", Order = 0)]
    public string[]? ServiceTypes { get; set; }

    [XmlElement("ProviderID", Order = 1)]
    public string[]? ProviderIds { get; set; }

    [XmlElement("SecurityMechID", Order = 2)]
    public string[]? SecurityMechIds { get; set; }

    [XmlElement("Framework", Namespace = Namespaces.SoapBindingFramework, Order = 3)]
    public Framework[]? Frameworks { get; set; }

    [XmlElement("Action", Order = 4)]
    public string[]? Actions { get; set; }

    [XmlAttribute("reqID")]
    public string? ReqId { get; set; }

    /// <summary><see cref="DiscoUris.ResultsBest"/> (default), <see cref="DiscoUris.ResultsAll"/> or <see cref="DiscoUris.ResultsOnlyOne"/>.</summary>
    [XmlAttribute("resultsType")]
    public string? ResultsType { get; set; }
}
