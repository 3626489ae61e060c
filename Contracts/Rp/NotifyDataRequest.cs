using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>
/// TS 23.240 §4.4.8 Notify Data, sent by a RAF to a subscription's NotifyTo: the changed component's selected data with
/// its new version. <see cref="NotificationId"/> is stable across redeliveries (at-least-once: receivers drop repeats).
/// </summary>
[XmlRoot("NotifyData", Namespace = Namespaces.Rp)]
[XmlType("NotifyDataType", Namespace = Namespaces.Rp)]
public sealed class NotifyDataRequest : RpComponentRequest
{
    [XmlElement("InvokeID", Order = 3)]
    public string? InvokeId { get; set; }

    [XmlElement("NotifiedData", Order = 4)]
    public NotifiedData[]? Items { get; set; }

    [XmlAttribute("notificationID")]
    public string? NotificationId { get; set; }

    /// <summary><c>created</c>, <c>modified</c>, <c>deleted</c> (no data) or <c>initial</c> (initialValues).</summary>
    [XmlAttribute("changeType")]
    public string? ChangeType { get; set; }

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }
}

/// <summary>The data one Select of the subscription names, as of <see cref="Version"/>.</summary>
[XmlType("NotifiedDataType", Namespace = Namespaces.Rp)]
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

[XmlRoot("NotifyDataResponse", Namespace = Namespaces.Rp)]
[XmlType("NotifyDataResponseType", Namespace = Namespaces.Rp)]
public sealed class NotifyDataResponse : RpResponse
{
}
