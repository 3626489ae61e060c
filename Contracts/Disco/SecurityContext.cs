using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>Discovery 2.0 §4.2 <c>disco:SecurityContext</c>: how to call the endpoint and the token to present.</summary>
[XmlType("SecurityContextType", Namespace = Namespaces.Disco)]
public sealed class SecurityContext
{
    [XmlElement("SecurityMechID", Order = 0)]
    public string[]? SecurityMechIds { get; set; }

    [XmlElement("Token", Namespace = Namespaces.LibertySecurity, Order = 1)]
    public SecurityToken[]? Tokens { get; set; }
}
