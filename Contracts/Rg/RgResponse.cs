using System.Xml.Serialization;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;

namespace GupSoap.Contracts.Rg;

/// <summary>
/// Every Rg response starts with <c>lu:Status</c>: <c>OK</c>, <c>Partial</c> (each failed item is a nested status
/// whose <c>ref</c> names the item), <c>Failed</c> (the TS 23.240 error type nested), or <c>Redirected</c>.
/// </summary>
public abstract class RgResponse
{
    [XmlElement("Status", Namespace = Namespaces.LibertyUtility, Order = 0)]
    public Status Status { get; set; } = Status.Ok();

    /// <summary>With status <c>Redirected</c>: the repositories to call directly (TS 23.240 §4.2.2).</summary>
    [XmlElement("RedirectionData", Namespace = Namespaces.Gup, Order = 1)]
    public RedirectionData? RedirectionData { get; set; }

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }

    [XmlIgnore]
    public bool TimeStampSpecified { get; set; }
}
