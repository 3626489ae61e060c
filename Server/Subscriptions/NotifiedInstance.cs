using System.Xml.Linq;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Raf.Endpoints;
using GupSoap.Schemas;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Which document of a type with several per resource (one MCPTT profile per profileId) a RAF notification is about:
/// its document's key, or for a deleted one the key in the notified select. The relay keeps one digest per document
/// and feeds an application's select only from the document it addresses.
/// </summary>
internal sealed class NotifiedInstance
{
    private readonly XElement? _stand;

    private NotifiedInstance(string id, XElement? stand)
    {
        Id = id;
        _stand = stand;
    }

    /// <summary>The instance id; empty for a type with one document per resource.</summary>
    public string Id { get; }

    public static NotifiedInstance Of(XName type, XElement? document, NotifiedData? item)
    {
        if (ComponentTypeNames.InstanceKey(type) is not { } key)
        {
            return new NotifiedInstance(ComponentInstance.OnlyInstance, null);
        }

        var id = document is null ? KeyInSelect(item, key) : ComponentInstance.IdOf(document);
        return new NotifiedInstance(id ?? "", new XElement(type, new XAttribute(key, id ?? "")));
    }

    /// <summary>The digest key of an application's item for this document.</summary>
    public string KeyOf(string itemKey) => Id.Length == 0 ? itemKey : itemKey + "#" + Id;

    /// <summary>False when the select names another document of the type (e.g. <c>[@profileId='2']</c> for profile 1).</summary>
    public bool Feeds(DataReference? reference) =>
        _stand is null || reference?.ComponentStep is null || InstanceSelection.Addressed([_stand], reference).Count > 0;

    /// <summary>The select to walk inside this document: for a type with several, without the predicate that picked it.</summary>
    public DataReference Within(DataReference reference) => _stand is null ? reference : InstanceSelection.WithinInstance(reference);

    private static string? KeyInSelect(NotifiedData? item, XName key)
    {
        if (item?.Select is not { } select)
        {
            return null;
        }

        var (reference, _) = DataSelectReader.Read(select);
        return reference?.ComponentStep?.Predicate is AttributePredicate predicate && predicate.Name == key ? predicate.Literal : null;
    }
}
