using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// The write of TS 23.240 §4.4.3 Modify Data inside one transaction. Each modification is applied to the one document
/// it addresses: the component, or for a type with several documents per resource the instance its component step
/// names (ARCHITECTURE.md "Data model"). Each touched document is validated and stored as its own next version, or a
/// deleted instance removed; any failure rolls back all of them.
/// </summary>
internal static class InstanceModifications
{
    public static async Task<WriteOutcome<(GupFailure? Failure, long? Version)>> ApplyAsync(RafContext raf, IComponentWriteSession session, string resourceId, XName type,
        IReadOnlyList<Modification> modifications, IReadOnlyList<DataReference> references, DateTimeOffset now)
    {
        var stored = await session.GetAllAsync(resourceId, type);
        if (stored.Count == 0)
        {
            return Failed(GupFailure.NoSuchComponent());
        }

        var multi = ComponentInstance.IsMultiInstance(type);
        var originals = stored.Select(s => (XElement?)ComponentDocument.Load(s, raf.Limits)).ToList();
        // Touched documents by instance index; null once deleted by a modification of this request.
        var working = new SortedDictionary<int, XElement?>();
        for (var i = 0; i < modifications.Count; i++)
        {
            var modification = modifications[i];
            var (index, addressFailure) = multi ? Address(type, originals, references[i]) : (0, null);
            if (addressFailure is not null)
            {
                return Failed(ModifyDataOperation.Itemised(addressFailure, modification));
            }

            var existing = stored[index];
            if (modification.NotChangedSinceSpecified && existing.ChangedAt > WireTime.ToUtcOffset(modification.NotChangedSince))
            {
                return Failed(ModifyDataOperation.Itemised(GupFailure.ModifiedSince(multi ? $"The {type.LocalName} '{existing.InstanceId}' changed after notChangedSince." : "The component changed after notChangedSince."), modification));
            }

            if ((working.TryGetValue(index, out var touched) ? touched : originals[index]) is not { } document)
            {
                return Failed(ModifyDataOperation.Itemised(GupFailure.DoesNotExist("An earlier modification of this request deleted that document."), modification));
            }

            var reference = multi ? InstanceSelection.WithinInstance(references[i]) : references[i];
            if (multi && reference.ComponentStep is not null && reference.Steps.Count == 0 && IsEmpty(modification.NewData))
            {
                working[index] = null;
                continue;
            }

            (document, var applyFailure) = raf.Applier.Apply(document, reference, modification.NewData, modification.OverrideAllowed);
            if (applyFailure is not null)
            {
                return Failed(ModifyDataOperation.Itemised(applyFailure, modification));
            }

            working[index] = document;
        }

        return await StoreAsync(raf, session, type, stored, working, now);
    }

    private static async Task<WriteOutcome<(GupFailure?, long?)>> StoreAsync(RafContext raf, IComponentWriteSession session, XName type, IReadOnlyList<StoredComponent> stored,
        SortedDictionary<int, XElement?> working, DateTimeOffset now)
    {
        var definitions = await session.GetDefinitionsAsync(type);
        long? version = null;
        foreach (var (index, document) in working)
        {
            var existing = stored[index];
            if (document is null)
            {
                await session.DeleteAsync(existing);
                continue;
            }

            if (ComponentInstance.IdOf(document) != existing.InstanceId)
            {
                return Failed(GupFailure.InvalidData($"The data names another {ComponentTypeNames.InstanceKey(type)} than the {type.LocalName} '{existing.InstanceId}' it modifies; Create Component adds a new one."));
            }

            ComponentInstance.Stamp(document, existing.Version + 1);
            if (raf.Validator.Validate(document, definitions) is { } invalid)
            {
                return Failed(invalid);
            }

            var updated = await session.UpdateAsync(existing, ComponentDocument.Save(document), now);
            version = Math.Max(version ?? 0, updated.Version);
        }

        return WriteOutcome.Committed<(GupFailure?, long?)>((null, version));
    }

    /// <summary>The one instance a modification addresses, or why it does not address exactly one.</summary>
    private static (int Index, GupFailure? Failure) Address(XName type, IReadOnlyList<XElement?> instances, DataReference reference)
    {
        var addressed = InstanceSelection.Addressed(instances, reference);
        return addressed.Count switch
        {
            1 => (addressed[0], null),
            0 => (-1, GupFailure.DoesNotExist($"No {type.LocalName} of the resource matches the Select.")),
            _ => (-1, GupFailure.InvalidSelect($"The Select addresses {addressed.Count} {type.LocalName} documents; name one on the component step, e.g. [@{ComponentTypeNames.InstanceKey(type)}='…'].")),
        };
    }

    private static bool IsEmpty(ValueContent? data) => data is null || ((data.Elements?.Length ?? 0) == 0 && string.IsNullOrEmpty(data.TextValue));

    private static WriteOutcome<(GupFailure?, long?)> Failed(GupFailure failure) => WriteOutcome.RolledBack<(GupFailure?, long?)>((failure, null));
}
