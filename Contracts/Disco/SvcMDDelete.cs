using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.6 SvcMDDelete: remove registered entries (and every association to them).</summary>
[XmlRoot("SvcMDDelete", Namespace = Namespaces.Disco)]
[XmlType("SvcMDDeleteType", Namespace = Namespaces.Disco)]
public sealed class SvcMDDeleteRequest
{
    [XmlElement("SvcMDID", Order = 0)]
    public string[]? SvcMDIDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.6 SvcMDDeleteResponse.</summary>
[XmlRoot("SvcMDDeleteResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDDeleteResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDDeleteResponse : DiscoResponse
{
}
