using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// Network-initiated update (contribution flow 2): have a <c>ProfileUpdateNotification</c> sent to <c>NotifyTo</c>
/// whenever one of the named profiles (none named: any profile of the MCPTT ID) changes, until <c>Expires</c>.
/// </summary>
[XmlRoot("SubscribeProfileUpdates", Namespace = Namespaces.McpttCm)]
[XmlType("SubscribeProfileUpdatesType", Namespace = Namespaces.McpttCm)]
public sealed class SubscribeProfileUpdatesRequest
{
    [XmlElement("MCPTTID", Order = 0)]
    public string? McpttId { get; set; }

    [XmlElement("ProfileID", Order = 1)]
    public string[]? ProfileIds { get; set; }

    [XmlElement("NotifyTo", Order = 2)]
    public string? NotifyTo { get; set; }

    [XmlElement("Expires", Order = 3)]
    public DateTime Expires { get; set; }
}

/// <summary><c>lu:Status</c> and, when OK, the id that names the subscription in notifications and to end it.</summary>
[XmlRoot("SubscribeProfileUpdatesResponse", Namespace = Namespaces.McpttCm)]
[XmlType("SubscribeProfileUpdatesResponseType", Namespace = Namespaces.McpttCm)]
public sealed class SubscribeProfileUpdatesResponse : CmResponse
{
    [XmlElement("SubscriptionID", Order = 1)]
    public string? SubscriptionId { get; set; }
}

/// <summary>Ends subscriptions of the requesting provider by id.</summary>
[XmlRoot("UnsubscribeProfileUpdates", Namespace = Namespaces.McpttCm)]
[XmlType("UnsubscribeProfileUpdatesType", Namespace = Namespaces.McpttCm)]
public sealed class UnsubscribeProfileUpdatesRequest
{
    [XmlElement("SubscriptionID", Order = 0)]
    public string[]? SubscriptionIds { get; set; }
}

/// <summary><c>lu:Status</c> only: OK, or the first id that is not a subscription of the requestor.</summary>
[XmlRoot("UnsubscribeProfileUpdatesResponse", Namespace = Namespaces.McpttCm)]
[XmlType("UnsubscribeProfileUpdatesResponseType", Namespace = Namespaces.McpttCm)]
public sealed class UnsubscribeProfileUpdatesResponse : CmResponse
{
}
