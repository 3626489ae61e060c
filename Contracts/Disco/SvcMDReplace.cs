using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.5 SvcMDReplace: replace registered entries, each named by its svcMDID.</summary>
[XmlRoot("SvcMDReplace", Namespace = Namespaces.Disco)]
[XmlType("SvcMDReplaceType", Namespace = Namespaces.Disco)]
public sealed class SvcMDReplaceRequest
{
    [XmlElement("SvcMD", Order = 0)]
    public SvcMD[]? SvcMDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.5 SvcMDReplaceResponse.</summary>
[XmlRoot("SvcMDReplaceResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDReplaceResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDReplaceResponse : DiscoResponse
{
}
