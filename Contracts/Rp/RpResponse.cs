using System.Xml.Serialization;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Contracts.Rp;

/// <summary>Every Rp response carries <c>lu:Status</c> and the time the answer was produced.</summary>
public abstract class RpResponse
{
    [XmlElement("Status", Namespace = Namespaces.LibertyUtility, Order = 0)]
    public Status Status { get; set; } = Status.Ok();

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }

    [XmlIgnore]
    public bool TimeStampSpecified { get; set; }
}
