using System.Xml.Serialization;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Contracts.Disco;

/// <summary>Every Discovery 2.0 response starts with <c>lu:Status</c> (LIBERTY-DIGEST §5).</summary>
public abstract class DiscoResponse
{
    [XmlElement("Status", Namespace = Namespaces.LibertyUtility, Order = 0)]
    public Status Status { get; set; } = Status.Ok();
}
