using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// Sent by the server to a subscription's NotifyTo when a profile changed (contribution flow 2): which profile, its
/// new version; the device then asks with <c>GetUserProfile</c>. <c>notificationID</c> stays the same on every
/// redelivery (at least once: receivers drop repeats).
/// </summary>
[XmlRoot("ProfileUpdateNotification", Namespace = Namespaces.McpttCm)]
[XmlType("ProfileUpdateNotificationType", Namespace = Namespaces.McpttCm)]
public sealed class ProfileUpdateNotification
{
    [XmlElement("MCPTTID", Order = 0)]
    public string? McpttId { get; set; }

    [XmlElement("ProfileID", Order = 1)]
    public string? ProfileId { get; set; }

    [XmlElement("NewVersion", Order = 2)]
    public long NewVersion { get; set; }

    [XmlAttribute("notificationID")]
    public string? NotificationId { get; set; }

    [XmlAttribute("subscriptionID")]
    public string? SubscriptionId { get; set; }

    [XmlAttribute("timeStamp")]
    public DateTime TimeStamp { get; set; }
}

/// <summary>The device's acknowledgement; optional, like rg:NotifyResponse.</summary>
[XmlRoot("ProfileUpdateNotificationResponse", Namespace = Namespaces.McpttCm)]
[XmlType("ProfileUpdateNotificationResponseType", Namespace = Namespaces.McpttCm)]
public sealed class ProfileUpdateNotificationResponse : CmResponse
{
}
