using System.Xml.Linq;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Xml;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// Queues Notify Data (TS 23.240 §4.4.8) inside the write transaction of the change that causes it (the transactional
/// outbox, SECURITY.md R7): one entry per active, unexpired subscription the change concerns. A change of one instance
/// of a multi-instance type reaches every subscription on the type whose selects can name that instance.
/// </summary>
internal sealed class ChangeNotifier(XmlLimits limits, TimeProvider time)
{
    public async Task<int> NotifyChangeAsync(INotificationQueue queue, ComponentChange change)
    {
        if ((change.After ?? change.Before) is not { } changed)
        {
            return 0;
        }

        var now = time.GetUtcNow();
        var subscriptions = await queue.ActiveForAsync(changed.ResourceId, changed.ComponentType, now);
        if (subscriptions.Count == 0)
        {
            return 0;
        }

        var before = Load(change.Before);
        var after = Load(change.After);
        var changeType = change.Before is null ? ChangeTypes.Created : change.After is null ? ChangeTypes.Deleted : ChangeTypes.Modified;
        var multi = ComponentInstance.IsMultiInstance(changed.ComponentType);
        var queued = 0;
        foreach (var subscription in subscriptions)
        {
            if (References(subscription) is { } references && AffectedSelects.IsAffected(references, before, after, multi))
            {
                await EnqueueAsync(queue, subscription, references, changeType, changed, after, now);
                queued++;
            }
        }

        return queued;
    }

    /// <summary>The current values for a new subscription whose filter asks for initialValues.</summary>
    public async Task<int> NotifyInitialAsync(INotificationQueue queue, Subscription subscription, StoredComponent current)
    {
        if (References(subscription) is not { } references)
        {
            return 0;
        }

        await EnqueueAsync(queue, subscription, references, ChangeTypes.Initial, current, Load(current), time.GetUtcNow());
        return 1;
    }

    private static Task EnqueueAsync(INotificationQueue queue, Subscription subscription, IReadOnlyList<DataReference> references,
        string changeType, StoredComponent changed, XElement? current, DateTimeOffset now)
    {
        var notificationId = Guid.NewGuid().ToString("D");
        var payload = NotifyDataPayload.Build(subscription, references, notificationId, changeType, changed, current, now);
        return queue.EnqueueAsync(subscription, notificationId, payload, now);
    }

    /// <summary>
    /// The parsed selects, or null when a stored one no longer parses: that subscription is skipped rather than told
    /// more than it asked for, and one bad row never blocks writes to the component.
    /// </summary>
    private static List<DataReference>? References(Subscription subscription)
    {
        var references = new List<DataReference>(subscription.Selects.Count);
        foreach (var select in subscription.Selects)
        {
            if (DataSelectReader.Read(select).Reference is not { } reference)
            {
                return null;
            }

            references.Add(reference);
        }

        return references;
    }

    private XElement? Load(StoredComponent? stored) => stored is null ? null : ComponentDocument.Load(stored, limits);
}
