using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// TS 23.240 §4.1.1 component structure in XML Schema: the embedded GUP and component XSDs compiled once, component
/// validation, the built-in simple types of Define Data (§4.4.9), and the schema texts served next to the WSDL.
/// </summary>
public sealed class SchemaRegistry
{
    internal const string ResourcePrefix = "GupSoap.Schemas.Xsd.";

    private static readonly Lazy<SchemaRegistry> s_default = new(
        () => new SchemaRegistry(typeof(SchemaRegistry).Assembly),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> _texts;
    private readonly FrozenSet<XName> _componentTypes;

    private SchemaRegistry(Assembly assembly)
    {
        _texts = LoadTexts(assembly);
        SchemaFileNames = new ReadOnlyCollection<string>([.. _texts.Keys.Order(StringComparer.Ordinal)]);
        SchemaSet = Compile(_texts, null, CreateResolver(), (_, e) => throw new InvalidOperationException(
            "An embedded GupSoap schema does not compile: " + e.Message, e.Exception));

        foreach (var type in ComponentTypeNames.All)
        {
            if (!SchemaSet.GlobalElements.Contains(new XmlQualifiedName(type.LocalName, type.NamespaceName)))
            {
                throw new InvalidOperationException($"No embedded schema declares the component type {type}.");
            }
        }

        ComponentTypes = ComponentTypeNames.All;
        _componentTypes = ComponentTypeNames.All.ToFrozenSet();
        ComponentSchemas = ComponentSchemasOf(SchemaSet, ComponentTypes);
    }

    /// <summary>The registry built from this assembly's embedded XSDs; built once, on first use, safe to share between threads.</summary>
    public static SchemaRegistry Default => s_default.Value;

    /// <summary>
    /// The compiled schema set (GUP envelope, Liberty status, every component type). Read it, never change it: it is
    /// shared by every concurrent validation.
    /// </summary>
    public XmlSchemaSet SchemaSet { get; }

    /// <summary>Root element QNames of the standard component types.</summary>
    public IReadOnlyCollection<XName> ComponentTypes { get; }

    /// <summary>File names of the embedded XSDs (e.g. <c>gup.xsd</c>), as served beside each WSDL.</summary>
    public IReadOnlyList<string> SchemaFileNames { get; }

    /// <summary>
    /// The schema file declaring each component type's namespace, with that namespace, in component type order: what
    /// the message schemas served beside the Rg and Rp WSDLs import so that clients know the components' types.
    /// </summary>
    public IReadOnlyList<(string Namespace, string File)> ComponentSchemas { get; }

    public bool IsComponentType(XName name) => name is not null && _componentTypes.Contains(name);

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

    /// <summary>The text of an embedded XSD by file name, or null when there is no such file.</summary>
    public string? GetSchemaText(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return _texts.GetValueOrDefault(fileName);
    }

    /// <summary>A resolver that loads the embedded XSDs and refuses every other location.</summary>
    internal EmbeddedSchemaResolver CreateResolver() => new(_texts);

    /// <summary>
    /// Compiles the embedded XSDs together with one more schema text (e.g. <c>wsdl/rp.xsd</c>), through
    /// <paramref name="resolver"/>. Compilation errors and warnings (such as a refused import) go to <paramref name="messages"/>.
    /// </summary>
    internal XmlSchemaSet CompileWith(string extraSchemaText, EmbeddedSchemaResolver resolver, ICollection<string> messages)
    {
        ArgumentNullException.ThrowIfNull(extraSchemaText);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(messages);
        return Compile(_texts, extraSchemaText, resolver, (_, e) =>
        {
            lock (messages)
            {
                messages.Add($"{e.Severity}: {e.Message}");
            }
        });
    }

    private static XmlSchemaSet Compile(
        IReadOnlyDictionary<string, string> texts, string? extraSchemaText, XmlResolver resolver, ValidationEventHandler onMessage)
    {
        var set = new XmlSchemaSet { XmlResolver = resolver };
        set.ValidationEventHandler += onMessage;
        var readerSettings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            NameTable = set.NameTable,
        };

        foreach (var name in texts.Keys.Order(StringComparer.Ordinal))
        {
            using var reader = XmlReader.Create(new StringReader(texts[name]), readerSettings, EmbeddedSchemaResolver.UriFor(name).AbsoluteUri);
            set.Add(null, reader);
        }

        if (extraSchemaText is not null)
        {
            using var reader = XmlReader.Create(new StringReader(extraSchemaText), readerSettings, EmbeddedSchemaResolver.UriPrefix + "extra");
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static ReadOnlyCollection<(string Namespace, string File)> ComponentSchemasOf(XmlSchemaSet set, IEnumerable<XName> componentTypes)
    {
        var files = set.Schemas().Cast<XmlSchema>()
            .Where(s => s.SourceUri is not null && s.SourceUri.StartsWith(EmbeddedSchemaResolver.UriPrefix, StringComparison.Ordinal))
            .ToDictionary(s => s.TargetNamespace ?? "", s => s.SourceUri![EmbeddedSchemaResolver.UriPrefix.Length..], StringComparer.Ordinal);
        return new ReadOnlyCollection<(string, string)>([.. componentTypes.Select(t => t.NamespaceName).Distinct(StringComparer.Ordinal).Select(ns => (ns, files[ns]))]);
    }

    private static FrozenDictionary<string, string> LoadTexts(Assembly assembly)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".xsd", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException("Cannot open embedded schema " + resource);
            using var reader = new StreamReader(stream);
            texts[resource[ResourcePrefix.Length..]] = reader.ReadToEnd();
        }

        if (texts.Count == 0)
        {
            throw new InvalidOperationException("No embedded schemas named " + ResourcePrefix + "*.xsd were found.");
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
