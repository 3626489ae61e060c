using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Core.Xml;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Revisions;

/// <summary>One component type whose stored documents were checked against a new schema revision at start.</summary>
public sealed record SchemaRevisionChecked(XName ComponentType, string SchemaFile, int Documents);

/// <summary>
/// At a RAF's start, before it serves: for every component type it holds whose schema revision differs from the one
/// its stored documents were last checked against (a new type, an edited schema, a first start of this version), every
/// stored document is checked (<see cref="StoredDocumentCheck"/>) and the revision recorded. Adding a type or a
/// backward-compatible revision changes nothing stored; an incompatible one stops the start naming the first document
/// it would no longer accept. Unchanged revisions cost one read of the recorded fingerprints.
/// </summary>
public static class SchemaRevisions
{
    /// <exception cref="ConfigurationException">A stored document is not valid under its type's schema revision.</exception>
    public static async Task<IReadOnlyList<SchemaRevisionChecked>> EnsureAsync(RafOptions options, IComponentStore store, XmlLimits limits, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var registry = options.Schemas;
        var recorded = await store.GetSchemaRevisionsAsync(cancellationToken);
        var checkedNow = new List<SchemaRevisionChecked>();
        foreach (var type in registry.ComponentTypes.Where(options.ComponentTypes.Contains))
        {
            var fingerprint = registry.Fingerprint(type);
            if (recorded.GetValueOrDefault(type) == fingerprint)
            {
                continue;
            }

            var declaration = registry.Declaration(type)!;
            var (count, refusal) = await StoredDocumentCheck.RunAsync(store, registry, type, limits, cancellationToken);
            if (refusal is not null)
            {
                throw new ConfigurationException(registry.LocationOf(declaration.SchemaFile),
                    $"this revision of {type.LocalName} is refused: {refusal.Document(declaration.InstanceKey)} at RAF '{options.Name}' would no longer validate ({refusal.Problem}).",
                    "Keep the previous revision, or make the revision accept that document (admin schema check FILE shows it before a restart).");
            }

            await store.SetSchemaRevisionAsync(type, fingerprint, time.GetUtcNow(), cancellationToken);
            checkedNow.Add(new SchemaRevisionChecked(type, declaration.SchemaFile, count));
        }

        return checkedNow;
    }
}
