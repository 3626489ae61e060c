using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>SB 2.0 <c>sbf:Framework</c> as Discovery metadata: the ID-WSF framework version an endpoint speaks.</summary>
[XmlType("FrameworkType", Namespace = Namespaces.SoapBindingFramework)]
public sealed class Framework
{
    [XmlAttribute("version")]
    public string Version { get; set; } = DiscoUris.FrameworkVersion;
}
