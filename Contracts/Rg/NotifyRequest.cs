using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>
/// TS 23.240 §4.3.7 Notify, sent by the GUP Server to the application's NotifyTo: the changed data the subscription
/// names, privacy-filtered, with versions. <see cref="NotificationId"/> is stable across redeliveries.
/// </summary>
[XmlRoot("Notify", Namespace = Namespaces.Rg)]
[XmlType("NotifyType", Namespace = Namespaces.Rg)]
public sealed class NotifyRequest : RgRequest
{
    [XmlElement("InvokeID", Order = 2)]
    public string? InvokeId { get; set; }

    [XmlElement("NotifiedData", Order = 3)]
    public NotifiedData[]? Items { get; set; }

    [XmlAttribute("notificationID")]
    public string? NotificationId { get; set; }

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }
}

/// <summary>The data one Select of the subscription names, as of <see cref="Version"/> of its component.</summary>
[XmlType("NotifiedDataType", Namespace = Namespaces.Rg)]
public sealed class NotifiedData
{
    [XmlElement("Select", Order = 0)]
    public DataSelect? Select { get; set; }

    [XmlElement("Data", Order = 1)]
    public ValueContent? Data { get; set; }

    [XmlAttribute("version")]
    public long Version { get; set; }

    [XmlAttribute("changeTime")]
    public DateTime ChangeTime { get; set; }
}

[XmlRoot("NotifyResponse", Namespace = Namespaces.Rg)]
[XmlType("NotifyResponseType", Namespace = Namespaces.Rg)]
public sealed class NotifyResponse : RgResponse
{
}
