using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.2 <c>disco:SvcMD</c>: the metadata of one service instance of one provider.</summary>
[XmlRoot("SvcMD", Namespace = Namespaces.Disco)]
[XmlType("SvcMetadataType", Namespace = Namespaces.Disco)]
public sealed class SvcMD
{
    [XmlElement("Abstract", Order = 0)]
    public string? Abstract { get; set; }

    [XmlElement("ProviderID", Order = 1)]
    public string? ProviderId { get; set; }

    [XmlElement("ServiceContext", Order = 2)]
    public ServiceContext[]? ServiceContexts { get; set; }

    /// <summary>Assigned by the Discovery Service on registration (a urn:uuid) unless the registrant chose one.</summary>
    [XmlAttribute("svcMDID")]
    public string? SvcMDID { get; set; }
}
