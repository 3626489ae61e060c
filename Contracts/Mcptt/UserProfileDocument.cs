using System.Xml.Linq;
using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// Holds one <c>mcpttup:mcptt-user-profile</c> document as XML, untouched: a delivered profile is signed, so its
/// bytes must reach the device as the server signed them.
/// </summary>
[XmlType("UserProfileDocumentType", Namespace = Namespaces.McpttCm)]
public sealed class UserProfileDocument
{
    [XmlAnyElement("mcptt-user-profile", Namespace = Namespaces.McpttUserProfile)]
    public XElement? Document { get; set; }
}
