using System.Xml.Serialization;
using GupSoap.Contracts.Gup;

namespace GupSoap.Contracts.Rp;

/// <summary>TS 23.240 §4.4.6 Subscribe To Data: changes of one component (or the parts the selects name) go to NotifyTo.</summary>
[XmlRoot("SubscribeToData", Namespace = Namespaces.Rp)]
[XmlType("SubscribeToDataType", Namespace = Namespaces.Rp)]
public sealed class SubscribeToDataRequest : RpComponentRequest
{
    /// <summary>The callback URL NotifyData is posted to.</summary>
    [XmlElement("NotifyTo", Order = 3)]
    public string? NotifyTo { get; set; }

    /// <summary>Data references inside the component; none = every change of it.</summary>
    [XmlElement("Select", Order = 4)]
    public DataSelect[]? Selects { get; set; }

    /// <summary>Answer with every invoke id this requestor holds at this RAF, not only the new one.</summary>
    [XmlElement("ListSubscriptions", Order = 5)]
    public bool ListSubscriptions { get; set; }

    [XmlIgnore]
    public bool ListSubscriptionsSpecified { get; set; }

    [XmlElement("Filter", Order = 6)]
    public SubscriptionFilter? Filter { get; set; }
}

[XmlRoot("SubscribeToDataResponse", Namespace = Namespaces.Rp)]
[XmlType("SubscribeToDataResponseType", Namespace = Namespaces.Rp)]
public sealed class SubscribeToDataResponse : RpResponse
{
    [XmlElement("InvokeID", Order = 1)]
    public string[]? InvokeIds { get; set; }
}

/// <summary>TS 23.240 §4.4.7 Unsubscribe To Data: ends the named subscriptions of this requestor.</summary>
[XmlRoot("UnsubscribeToData", Namespace = Namespaces.Rp)]
[XmlType("UnsubscribeToDataType", Namespace = Namespaces.Rp)]
public sealed class UnsubscribeToDataRequest
{
    [XmlElement("RequestorData", Namespace = Namespaces.Gup, Order = 0)]
    public RequestorData? RequestorData { get; set; }

    [XmlElement("InvokeID", Order = 1)]
    public string[]? InvokeIds { get; set; }
}

[XmlRoot("UnsubscribeToDataResponse", Namespace = Namespaces.Rp)]
[XmlType("UnsubscribeToDataResponseType", Namespace = Namespaces.Rp)]
public sealed class UnsubscribeToDataResponse : RpResponse
{
}
