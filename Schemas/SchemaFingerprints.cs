using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// What a component type's schema revision is, as one short string: a SHA-256 over its root element, instance key and
/// the text of its schema file with every file that file imports or includes, transitively. A repository records it
/// once its stored documents were checked against that revision, so only a changed revision is checked again.
/// </summary>
internal static class SchemaFingerprints
{
    public static string Of(ComponentTypeDeclaration declaration, XmlSchemaSet set, IReadOnlyDictionary<string, string> texts)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var pending = new Stack<XmlSchema>(set.Schemas().Cast<XmlSchema>().Where(s => SchemaFileResolver.NameOf(s.SourceUri) == declaration.SchemaFile));
        while (pending.TryPop(out var schema))
        {
            if (SchemaFileResolver.NameOf(schema.SourceUri) is not { } name || !files.Add(name))
            {
                continue;
            }

            foreach (var external in schema.Includes.OfType<XmlSchemaExternal>())
            {
                if (external.Schema is { } referenced)
                {
                    pending.Push(referenced);
                }
            }
        }

        var text = new StringBuilder();
        text.Append(declaration.Element).Append('\n').Append(declaration.InstanceKey?.ToString() ?? "").Append('\n');
        foreach (var name in files)
        {
            text.Append(name).Append('\n').Append(texts[name]).Append('\n');
        }

        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The fingerprint of every declared type, by root element.</summary>
    public static IReadOnlyDictionary<XName, string> Of(IEnumerable<ComponentTypeDeclaration> declarations, XmlSchemaSet set, IReadOnlyDictionary<string, string> texts) =>
        declarations.ToDictionary(d => d.Element, d => Of(d, set, texts));
}
