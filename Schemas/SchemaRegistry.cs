using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// TS 23.240 §4.1.1 component structure in XML Schema: a deployment's schemas (built in, and the operator's schema
/// directory) compiled once, the component types they declare, component validation, the built-in simple types of
/// Define Data (§4.4.9), and the schema texts served next to the WSDLs. Immutable and safe to share between threads.
/// </summary>
public sealed class SchemaRegistry
{
    private static readonly Lazy<SchemaRegistry> s_default = new(() => Build(SchemaSources.BuiltIn), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenDictionary<string, string> _locations;
    private readonly FrozenDictionary<XName, ComponentTypeDeclaration> _declarations;
    private readonly FrozenDictionary<XName, string> _fingerprints;

    private SchemaRegistry(SchemaSources sources)
    {
        _texts = sources.Files.ToFrozenDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
        _locations = sources.Files.ToFrozenDictionary(f => f.Name, f => f.Location, StringComparer.Ordinal);
        SchemaFileNames = new ReadOnlyCollection<string>([.. _texts.Keys.Order(StringComparer.Ordinal)]);
        SchemaSet = SchemaCompiler.Compile(sources.Files);
        Declarations = new ReadOnlyCollection<ComponentTypeDeclaration>([.. ComponentTypeDeclarations.From(sources, SchemaSet)]);
        _declarations = Declarations.ToFrozenDictionary(d => d.Element);
        ComponentTypes = new ReadOnlyCollection<XName>([.. Declarations.Select(d => d.Element)]);
        ComponentSchemas = new ReadOnlyCollection<(string, string)>([.. Declarations.Select(d => (d.Element.NamespaceName, d.SchemaFile)).Distinct()]);
        Prefixes = Declarations.DistinctBy(d => d.Prefix).ToFrozenDictionary(d => d.Prefix, d => d.Element.NamespaceName, StringComparer.Ordinal);
        _fingerprints = SchemaFingerprints.Of(Declarations, SchemaSet, _texts).ToFrozenDictionary();
    }

    /// <summary>The registry of the built-in schemas alone; built once, on first use.</summary>
    public static SchemaRegistry Default => s_default.Value;

    /// <summary>
    /// The compiled schema set (GUP envelope, Liberty status, every component type). Read it, never change it: it is
    /// shared by every concurrent validation.
    /// </summary>
    public XmlSchemaSet SchemaSet { get; }

    /// <summary>Root element QNames of the declared component types, in declaration order (built-in first).</summary>
    public IReadOnlyList<XName> ComponentTypes { get; }

    /// <summary>Every declared component type with its schema file, prefix, instance key and origin, in declaration order.</summary>
    public IReadOnlyList<ComponentTypeDeclaration> Declarations { get; }

    /// <summary>File names of every schema (e.g. <c>gup.xsd</c>), as served beside each WSDL.</summary>
    public IReadOnlyList<string> SchemaFileNames { get; }

    /// <summary>
    /// The schema file declaring each component type's namespace, with that namespace, in declaration order: what the
    /// message schemas served beside the Rg and Rp WSDLs import so that clients know the components' types.
    /// </summary>
    public IReadOnlyList<(string Namespace, string File)> ComponentSchemas { get; }

    /// <summary>The well-known prefixes: the prefix each component schema binds to its target namespace.</summary>
    public IReadOnlyDictionary<string, string> Prefixes { get; }

    /// <summary>Builds a registry from <paramref name="sources"/> (typically the built-in ones with the schema directory's).</summary>
    /// <exception cref="SchemaCatalogException">A schema or declaration the deployment cannot start with; the message names the file.</exception>
    public static SchemaRegistry Build(SchemaSources sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new SchemaRegistry(sources);
    }

    public bool IsComponentType(XName name) => name is not null && _declarations.ContainsKey(name);

    /// <summary>How <paramref name="componentType"/> is declared, or null when it is not a component type here.</summary>
    public ComponentTypeDeclaration? Declaration(XName componentType) => componentType is null ? null : _declarations.GetValueOrDefault(componentType);

    /// <summary>The revision of <paramref name="componentType"/>'s schema (<see cref="SchemaFingerprints"/>).</summary>
    public string Fingerprint(XName componentType) => _fingerprints[componentType];

    /// <summary>Where a schema file came from (its path in the schema directory, or "built-in NAME").</summary>
    public string LocationOf(string fileName) => _locations.GetValueOrDefault(fileName) ?? fileName;

    /// <summary>
    /// Checks a component document (its root element names the component type) against that type's strict schema.
    /// Safe to call from many threads at once; the element is only read.
    /// </summary>
    public SchemaValidationResult Validate(XElement component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (!IsComponentType(component.Name))
        {
            return SchemaValidationResult.Failure(
                $"'{DataEcho.Truncate(component.Name.LocalName)}' in namespace '{DataEcho.Truncate(component.Name.NamespaceName)}' is not a known component type.");
        }

        return ComponentValidationRun.Validate(SchemaSet, component);
    }

    /// <summary>True for the XML Schema built-ins a Define Data element may use: string, normalizedString, token, boolean, int, integer, long, nonNegativeInteger, decimal, date, dateTime, anyURI, language.</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the registry's instance API.")]
    public bool IsSupportedSimpleType(XName type) => BuiltInSimpleTypes.IsSupported(type);

    /// <summary>Checks a value against one of the supported built-in simple types (whitespace rule and facets included).</summary>
    [SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Part of the registry's instance API.")]
    public bool TryValidateSimpleValue(XName xsdBuiltInType, string value, out string? error) =>
        BuiltInSimpleTypes.TryValidate(xsdBuiltInType, value, out error);

    /// <summary>The text of a schema by file name, or null when there is no such file.</summary>
    public string? GetSchemaText(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return _texts.GetValueOrDefault(fileName);
    }

    /// <summary>A resolver that loads this registry's schemas and refuses every other location.</summary>
    internal SchemaFileResolver CreateResolver() => new(_texts);

    /// <summary>
    /// Compiles this registry's schemas together with one more schema text (e.g. <c>wsdl/rp.xsd</c>), through
    /// <paramref name="resolver"/>. Compilation errors and warnings (such as a refused import) go to <paramref name="messages"/>.
    /// </summary>
    internal XmlSchemaSet CompileWith(string extraSchemaText, SchemaFileResolver resolver, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(extraSchemaText);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(messages);
        return SchemaCompiler.Compile(_texts, extraSchemaText, resolver, (_, e) =>
        {
            lock (messages)
            {
                messages.Add($"{e.Severity}: {e.Message}");
            }
        });
    }
}
