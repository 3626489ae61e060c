using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Core.Security;

/// <summary>A token to send in a wsse:Security header with a Timestamp created now; the token element is only read.</summary>
public sealed record OutgoingToken(XElement Assertion, DateTimeOffset Created, TimeSpan Lifetime)
{
    public void WriteTo(XmlWriter writer) => SecurityHeader.Write(writer, Assertion, Created, Lifetime);
}
