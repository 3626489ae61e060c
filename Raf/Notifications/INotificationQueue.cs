using System.Xml.Linq;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// What <see cref="ChangeNotifier"/> needs of a store inside one write transaction: the subscriptions a change
/// concerns and a place to queue their Notify Data, so both commit with the change (SECURITY.md R7).
/// </summary>
internal interface INotificationQueue
{
    /// <summary>Active, unexpired subscriptions on this component, oldest first.</summary>
    Task<IReadOnlyList<Subscription>> ActiveForAsync(string resourceId, XName componentType, DateTimeOffset now);

    /// <summary>Queues one Notify Data (coalescing with a pending one when the subscription has a minInterval).</summary>
    Task EnqueueAsync(Subscription subscription, string notificationId, string payload, DateTimeOffset now);
}
