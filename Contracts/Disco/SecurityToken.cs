using System.Xml.Linq;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Disco;

/// <summary>ID-WSF SecMech 2.0 <c>sec:Token</c>: a security token (here a signed saml2:Assertion) and its usage.</summary>
[XmlType("TokenType", Namespace = Namespaces.LibertySecurity)]
public sealed class SecurityToken
{
    /// <summary>The token, written as it is: a signed assertion must not be rebuilt on its way out.</summary>
    [XmlAnyElement]
    public XElement? Assertion { get; set; }

    [XmlAttribute("id")]
    public string? Id { get; set; }

    [XmlAttribute("ref")]
    public string? Ref { get; set; }

    [XmlAttribute("usage")]
    public string? Usage { get; set; }
}
