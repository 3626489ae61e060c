using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Notifications;
using GupSoap.Core.Soap;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>Reads an outbox payload back into the wire contract, failing the test when it is not a valid rp:NotifyData.</summary>
internal static class NotifyDataText
{
    public static readonly XNamespace Rp = Namespaces.Rp;

    public static NotifyDataRequest Read(OutboxEntry entry)
    {
        var element = XElement.Parse(entry.Payload);
        Assert.AreEqual(Rp + "NotifyData", element.Name);
        var (value, error) = MessageSerializer.Deserialize(element, typeof(NotifyDataRequest));
        Assert.IsNull(error, error);
        var request = (NotifyDataRequest)value!;
        Assert.AreEqual(entry.NotificationId, request.NotificationId, "the payload carries the entry's notification id");
        Assert.AreEqual(entry.SubscriptionId, request.InvokeId);
        return request;
    }
}
