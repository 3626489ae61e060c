using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// The <c>rp:NotifyData</c> element (TS 23.240 §4.4.8) for one subscription and one change, as XML text for the
/// outbox: one NotifiedData per select with what it names in the new version (elements, or attribute values as text),
/// or the whole component when the subscription names no data; a deletion carries none, except that the deletion of one
/// instance of a multi-instance type carries one item naming that instance (its root select) with its last version.
/// </summary>
internal static class NotifyDataPayload
{
    public static string Build(Subscription subscription, IReadOnlyList<DataReference> references, string notificationId, string changeType, StoredComponent changed, XElement? current, DateTimeOffset now)
    {
        var request = new NotifyDataRequest
        {
            ResourceId = new ResourceId { Value = changed.ResourceId, Type = changed.ResourceType },
            ComponentType = new XmlQualifiedName(changed.ComponentType.LocalName, changed.ComponentType.NamespaceName),
            InvokeId = subscription.InvokeId,
            NotificationId = notificationId,
            ChangeType = changeType,
            TimeStamp = now.UtcDateTime,
            Items = current is not null ? Items(subscription, references, changed, current)
                : ComponentInstance.IsMultiInstance(changed.ComponentType) ? [Item(InstanceSelects.RootOf(changed.ComponentType, changed.InstanceId), [], false, changed)]
                : null,
        };
        return MessageSerializer.ToElement(request).ToString(SaveOptions.DisableFormatting);
    }

    private static NotifiedData[] Items(Subscription subscription, IReadOnlyList<DataReference> references, StoredComponent changed, XElement current)
    {
        if (subscription.Selects.Count == 0)
        {
            return [Item(null, [current], false, changed)];
        }

        // Of a multi-instance type, the selects that name this instance, evaluated inside it (one document, one version).
        var multi = ComponentInstance.IsMultiInstance(changed.ComponentType);
        var items = subscription.Selects.Select((select, i) => (Select: select, Reference: references[i]))
            .Where(s => !multi || AffectedSelects.Concerning([s.Reference], current, null).Count > 0)
            .Select(s =>
            {
                var reference = multi ? InstanceSelection.WithinInstance(s.Reference) : s.Reference;
                return Item(Echo(s.Select), DataReferenceWalker.SelectInComponent(current, reference), reference.TargetsAttribute, changed);
            }).ToArray();
        return items.Length > 0 ? items : [Item(null, [current], false, changed)];
    }

    /// <summary>
    /// The select as the subscriber wrote it, declaring the well-known prefixes it relied on without binding them
    /// (PROTOCOL.md "Data references"), so the receiver can resolve the echo on its own.
    /// </summary>
    private static DataSelect Echo(DataSelect select)
    {
        var bindings = new Dictionary<string, string>(select.Namespaces, StringComparer.Ordinal);
        foreach (var (prefix, ns) in WellKnownPrefixes.All)
        {
            if (!bindings.ContainsKey(prefix) && select.Text.Contains(prefix + ":", StringComparison.Ordinal))
            {
                bindings[prefix] = ns;
            }
        }

        return new DataSelect(select.Text, bindings);
    }

    private static NotifiedData Item(DataSelect? select, IReadOnlyList<XObject> selected, bool targetsAttribute, StoredComponent changed)
    {
        var (elements, text) = SelectedData.Of(selected, targetsAttribute);
        return new NotifiedData
        {
            Select = select,
            Data = elements is not null || !string.IsNullOrEmpty(text) ? ValueContent.OfText(elements, text) : null,
            Version = changed.Version,
            ChangeTime = changed.ChangedAt.UtcDateTime,
        };
    }
}
