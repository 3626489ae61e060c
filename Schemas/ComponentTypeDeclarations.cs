using System.Collections.Frozen;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// Turns component type entries into declarations against the compiled schemas (TS 23.240 §4.1.1): each names a
/// top-level element of its schema's target namespace, once; that schema binds one prefix to its namespace, which
/// becomes a well-known prefix (no other schema may bind it to another namespace, and the message prefixes are
/// reserved); an instance key is an attribute of the root, beside the <c>version</c> attribute the stored version is
/// written to. Every refusal names the file or key at fault.
/// </summary>
internal static class ComponentTypeDeclarations
{
    /// <summary>Prefixes of the message and security namespaces, which the Rg and Rp messages declare themselves.</summary>
    private static readonly FrozenSet<string> ReservedPrefixes = new[]
    {
        "xml", "xmlns", "xs", "xsd", "xsi", "rg", "rp", "lu", "dst", "sb", "sbf", "disco", "sec", "wsa", "wsam", "wsse", "wsu",
        "saml", "saml2", "ds", "cm", "s", "soap", "soap12", "wsdl",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IReadOnlyList<ComponentTypeDeclaration> From(SchemaSources sources, XmlSchemaSet set)
    {
        var files = sources.Files.ToDictionary(f => f.Name, StringComparer.Ordinal);
        var namespaces = set.Schemas().Cast<XmlSchema>()
            .Where(s => SchemaFileResolver.NameOf(s.SourceUri) is not null)
            .ToDictionary(s => SchemaFileResolver.NameOf(s.SourceUri)!, s => s.TargetNamespace ?? "", StringComparer.Ordinal);
        var declared = new Dictionary<XName, ComponentTypeDeclaration>();
        var fileOfNamespace = new Dictionary<string, SchemaFile>(StringComparer.Ordinal);
        var prefixes = new Dictionary<string, (string Namespace, SchemaFile File)>(StringComparer.Ordinal);
        var result = new List<ComponentTypeDeclaration>();
        foreach (var entry in sources.Entries)
        {
            var file = FileOf(entry, files, namespaces);
            var targetNamespace = namespaces[file.Name];
            if (targetNamespace.Length == 0)
            {
                throw new SchemaCatalogException(file.Location, "has no targetNamespace; a component schema needs one.");
            }

            var element = ElementOf(entry, file, targetNamespace);
            if (set.GlobalElements[new XmlQualifiedName(element.LocalName, element.NamespaceName)] is not XmlSchemaElement root)
            {
                throw new SchemaCatalogException(entry.DeclaredIn, $"names the element {element.LocalName}, which {file.Name} does not declare at the top level.");
            }

            if (declared.TryGetValue(element, out var earlier))
            {
                throw new SchemaCatalogException(entry.DeclaredIn, $"declares {element} a second time (already declared by {earlier.DeclaredIn}).");
            }

            if (fileOfNamespace.TryGetValue(targetNamespace, out var other) && other.Name != file.Name)
            {
                throw new SchemaCatalogException(file.Location, $"has the targetNamespace {targetNamespace} of {other.Name}; each component schema needs a namespace of its own.");
            }

            fileOfNamespace[targetNamespace] = file;
            var prefix = PrefixOf(file, targetNamespace);
            if (prefixes.TryGetValue(prefix, out var bound) && bound.Namespace != targetNamespace)
            {
                throw new SchemaCatalogException(file.Location, $"binds the prefix '{prefix}' to {targetNamespace}, but {bound.File.Name} binds it to {bound.Namespace}; a well-known prefix names one namespace.");
            }

            prefixes[prefix] = (targetNamespace, file);
            var declaration = new ComponentTypeDeclaration(element, file.Name, prefix, InstanceKeyOf(entry, element, root), entry.DeclaredIn, file.IsBuiltIn);
            declared[element] = declaration;
            result.Add(declaration);
        }

        return result;
    }

    private static SchemaFile FileOf(ComponentTypeEntry entry, Dictionary<string, SchemaFile> files, Dictionary<string, string> namespaces)
    {
        if (entry.SchemaFile is { } name)
        {
            if (!files.TryGetValue(name, out var named))
            {
                throw new SchemaCatalogException(entry.DeclaredIn, $"names the schema {DataEcho.Truncate(name)}, which is neither built in nor in the schema directory.");
            }

            if (named.IsBuiltIn && !SchemaSources.BuiltIn.Entries.Contains(entry))
            {
                throw new SchemaCatalogException(entry.DeclaredIn, $"names the built-in schema {name}; built-in schemas declare their own component types.");
            }

            return named;
        }

        // Without a Schema, the element must be a Clark name whose namespace one directory schema targets.
        var ns = entry.Element.StartsWith('{') && entry.Element.IndexOf('}', StringComparison.Ordinal) is > 0 and var end ? entry.Element[1..end] : null;
        var candidates = files.Values.Where(f => !f.IsBuiltIn && ns is not null && namespaces.GetValueOrDefault(f.Name) == ns).ToList();
        return candidates.Count == 1
            ? candidates[0]
            : throw new SchemaCatalogException(entry.DeclaredIn, ns is null
                ? "needs a Schema (the file name in the schema directory) or an Element written as {namespace}name."
                : $"names no Schema, and {(candidates.Count == 0 ? "no" : "more than one")} schema of the directory has the targetNamespace {DataEcho.Truncate(ns)}.");
    }

    private static XName ElementOf(ComponentTypeEntry entry, SchemaFile file, string targetNamespace)
    {
        XName element;
        try
        {
            element = entry.Element.StartsWith('{') ? XName.Get(entry.Element) : XName.Get(entry.Element, targetNamespace);
            XmlConvert.VerifyNCName(element.LocalName);
        }
        catch (Exception ex) when (ex is ArgumentException or XmlException)
        {
            throw new SchemaCatalogException(entry.DeclaredIn, $"names the element '{DataEcho.Truncate(entry.Element)}', which is not an XML name or {{namespace}}name.");
        }

        return element.NamespaceName == targetNamespace
            ? element
            : throw new SchemaCatalogException(entry.DeclaredIn, $"names {DataEcho.Truncate(element.ToString())}, which is not in the targetNamespace of {file.Name} ({targetNamespace}).");
    }

    /// <summary>The one named prefix the schema's root binds to its target namespace.</summary>
    private static string PrefixOf(SchemaFile file, string targetNamespace)
    {
        var prefixes = new List<string>();
        using (var reader = XmlReader.Create(new StringReader(file.Text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            reader.MoveToContent();
            while (reader.MoveToNextAttribute())
            {
                if (reader.Prefix == "xmlns" && reader.Value == targetNamespace)
                {
                    prefixes.Add(reader.LocalName);
                }
            }
        }

        return prefixes switch
        {
            [var one] when ReservedPrefixes.Contains(one) => throw new SchemaCatalogException(file.Location,
                $"binds the prefix '{one}' to its targetNamespace, but '{one}' is reserved for the message namespaces; choose another."),
            [var one] => one,
            [] => throw new SchemaCatalogException(file.Location,
                $"binds no prefix to its targetNamespace on xs:schema (add e.g. xmlns:p=\"{targetNamespace}\"); data references and component types use it."),
            _ => throw new SchemaCatalogException(file.Location,
                $"binds several prefixes ({string.Join(", ", prefixes)}) to its targetNamespace on xs:schema; keep one, it becomes the well-known prefix."),
        };
    }

    private static XName? InstanceKeyOf(ComponentTypeEntry entry, XName element, XmlSchemaElement root)
    {
        if (entry.InstanceKey is not { } key)
        {
            return null;
        }

        var attributes = (root.ElementSchemaType as XmlSchemaComplexType)?.AttributeUses;
        bool Declares(string name) => attributes?[new XmlQualifiedName(name)] is not null;
        if (key == ComponentTypeNames.InstanceVersionAttribute.LocalName || !Declares(key))
        {
            throw new SchemaCatalogException(entry.DeclaredIn, $"names the InstanceKey '{DataEcho.Truncate(key)}', which is not an unqualified attribute (other than version) of {element.LocalName}.");
        }

        return Declares(ComponentTypeNames.InstanceVersionAttribute.LocalName)
            ? XName.Get(key)
            : throw new SchemaCatalogException(entry.DeclaredIn,
                $"gives {element.LocalName} an InstanceKey, so its root needs an unqualified 'version' attribute too: each document tells the version it is stored under.");
    }
}
