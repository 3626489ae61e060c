using System.Xml.Serialization;

namespace GupSoap.Contracts.Gup;

/// <summary>
/// TS 23.240 §4.3.5 subscription filter data: send the current values right away, coalesce changes closer than
/// <see cref="MinInterval"/> seconds, and end the subscription at <see cref="Expires"/> (required by the server).
/// </summary>
[XmlType("SubscriptionFilterType", Namespace = Namespaces.Gup)]
public sealed class SubscriptionFilter
{
    [XmlAttribute("initialValues")]
    public bool InitialValues { get; set; }

    [XmlAttribute("minInterval")]
    public int MinInterval { get; set; }

    [XmlIgnore]
    public bool MinIntervalSpecified { get; set; }

    [XmlAttribute("expires")]
    public DateTime Expires { get; set; }

    [XmlIgnore]
    public bool ExpiresSpecified { get; set; }
}
