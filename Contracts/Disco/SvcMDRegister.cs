using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §3.4.1 SvcMDRegister: register service metadata.</summary>
[XmlRoot("SvcMDRegister", Namespace = Namespaces.Disco)]
[XmlType("SvcMDRegisterType", Namespace = Namespaces.Disco)]
public sealed class SvcMDRegisterRequest
{
    [XmlElement("SvcMD", Order = 0)]
    public SvcMD[]? SvcMDs { get; set; }
}

/// <summary>Discovery 2.0 §3.4.1 SvcMDRegisterResponse: the id of each registered entry, in request order.</summary>
[XmlRoot("SvcMDRegisterResponse", Namespace = Namespaces.Disco)]
[XmlType("SvcMDRegisterResponseType", Namespace = Namespaces.Disco)]
public sealed class SvcMDRegisterResponse : DiscoResponse
{
    [XmlElement("SvcMDID", Order = 1)]
    public string[]? SvcMDIDs { get; set; }
}
