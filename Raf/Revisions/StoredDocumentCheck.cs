using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;

namespace GupSoap.Raf.Revisions;

/// <summary>A stored document that a schema revision would no longer accept: which one, and why.</summary>
public sealed record StoredDocumentRefusal(XName ComponentType, string ResourceId, string InstanceId, string Problem)
{
    /// <summary>"the document of sip:… (profileId 2)": enough to find it, nothing of its content.</summary>
    public string Document(XName? instanceKey) =>
        $"the document of {ResourceId}" + (InstanceId.Length > 0 && instanceKey is not null ? $" ({instanceKey} {InstanceId})" : "");
}

/// <summary>
/// Checks every document a repository stores of one component type against a schema revision (TS 23.240 §4.1.1),
/// with the Define Data extensions stored for the type (§4.4.9), as a write would: the first one that would no
/// longer validate — or that would be keyed differently — refuses the revision.
/// </summary>
public static class StoredDocumentCheck
{
    /// <returns>How many documents were read, and the first refusal (null when every one is valid).</returns>
    public static async Task<(int Checked, StoredDocumentRefusal? Refusal)> RunAsync(IComponentStore store, SchemaRegistry registry, XName componentType,
        XmlLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(registry);
        var declaration = registry.Declaration(componentType) ?? throw new ArgumentException($"{componentType} is not declared.", nameof(componentType));
        var validator = new ComponentValidator(registry);
        var definitions = await store.GetDefinitionsAsync(componentType, cancellationToken);
        var count = 0;
        await foreach (var stored in store.ReadAllOfTypeAsync(componentType, cancellationToken))
        {
            count++;
            var document = SafeXmlLoader.Load(stored.Data, limits).Document?.Root;
            var problem = document is null ? "it cannot be read as XML within the configured limits"
                : ComponentInstance.IdOf(document, declaration.InstanceKey) != stored.InstanceId ? KeyProblem(declaration)
                : validator.Validate(document, definitions)?.Comment;
            if (problem is not null)
            {
                return (count, new StoredDocumentRefusal(componentType, stored.ResourceId, stored.InstanceId, problem));
            }
        }

        return (count, null);
    }

    private static string KeyProblem(ComponentTypeDeclaration declaration) => declaration.InstanceKey is { } key
        ? $"it is not stored under the {key} it names (the revision keys {declaration.Element.LocalName} differently)"
        : $"it is one of several of its resource (the revision makes {declaration.Element.LocalName} single-document)";
}
