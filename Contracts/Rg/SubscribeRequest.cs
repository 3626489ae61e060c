using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rg;

/// <summary>TS 23.240 §4.3.5 Subscribe: changes of a subscriber's data (or of the parts the selects name) go to NotifyTo.</summary>
[XmlRoot("Subscribe", Namespace = Namespaces.Rg)]
[XmlType("SubscribeType", Namespace = Namespaces.Rg)]
public sealed class SubscribeRequest : RgRequest
{
    [XmlElement("NotifyTo", Order = 2)]
    public string? NotifyTo { get; set; }

    /// <summary>Data references over the profile view; none = every change of the profile.</summary>
    [XmlElement("Select", Order = 3)]
    public DataSelect[]? Selects { get; set; }

    /// <summary>Answer with every invoke id of the requesting application, not only the new one.</summary>
    [XmlElement("ListSubscriptions", Order = 4)]
    public bool ListSubscriptions { get; set; }

    [XmlIgnore]
    public bool ListSubscriptionsSpecified { get; set; }

    [XmlElement("Filter", Order = 5)]
    public SubscriptionFilter? Filter { get; set; }
}

[XmlRoot("SubscribeResponse", Namespace = Namespaces.Rg)]
[XmlType("SubscribeResponseType", Namespace = Namespaces.Rg)]
public sealed class SubscribeResponse : RgResponse
{
    [XmlElement("InvokeID", Order = 1)]
    public string[]? InvokeIds { get; set; }
}

/// <summary>TS 23.240 §4.3.6 Unsubscribe: ends the named subscriptions of the requesting application.</summary>
[XmlRoot("Unsubscribe", Namespace = Namespaces.Rg)]
[XmlType("UnsubscribeType", Namespace = Namespaces.Rg)]
public sealed class UnsubscribeRequest : RgRequest
{
    [XmlElement("InvokeID", Order = 2)]
    public string[]? InvokeIds { get; set; }
}

[XmlRoot("UnsubscribeResponse", Namespace = Namespaces.Rg)]
[XmlType("UnsubscribeResponseType", Namespace = Namespaces.Rg)]
public sealed class UnsubscribeResponse : RgResponse
{
}
