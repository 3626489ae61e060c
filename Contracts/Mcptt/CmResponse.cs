using System.Xml.Serialization;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Contracts.Mcptt;

/// <summary>Every MCPTT configuration management response starts with <c>lu:Status</c> (PROTOCOL.md "Status").</summary>
public abstract class CmResponse
{
    [XmlElement("Status", Namespace = Namespaces.LibertyUtility, Order = 0)]
    public Status Status { get; set; } = Status.Ok();

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }

    [XmlIgnore]
    public bool TimeStampSpecified { get; set; }
}
