using System.Collections.Frozen;
using System.Xml.Linq;

namespace GupSoap.Schemas;

/// <summary>
/// The component types this process knows, for the code that looks them up by name alone (TS 23.240 §4.1.1): which
/// types hold several documents per resource and by which key, and the well-known prefixes of data references and
/// QName values. Starts with the built-in declarations; a host adds its registry's (<see cref="Adopt"/>) once at start,
/// before it serves. Reads are one volatile load of an immutable snapshot: nothing is computed per request.
/// </summary>
public static class DeclaredComponentTypes
{
    private static readonly Lock s_gate = new();
    private static volatile Snapshot s_current = Snapshot.Empty.With(SchemaRegistry.Default.Declarations);

    /// <summary>The well-known prefixes: prefix → namespace.</summary>
    public static IReadOnlyDictionary<string, string> Prefixes => s_current.Prefixes;

    /// <summary>The types that hold several documents per resource.</summary>
    public static IReadOnlyCollection<XName> MultiInstanceTypes => s_current.InstanceKeys.Keys;

    /// <summary>The namespace of a well-known prefix, or null.</summary>
    public static string? NamespaceOf(string prefix) => s_current.Prefixes.GetValueOrDefault(prefix);

    /// <summary>The attribute keying the documents of a multi-instance type; null for any other name.</summary>
    public static XName? InstanceKeyOf(XName componentType) => s_current.InstanceKeys.GetValueOrDefault(componentType);

    /// <summary>
    /// Adds the declarations of <paramref name="registry"/>. Hosts of one process share this table, so they must agree:
    /// a prefix bound to another namespace, or a type keyed by another attribute, is refused and nothing is added.
    /// </summary>
    /// <exception cref="SchemaCatalogException">A declaration contradicts one already adopted.</exception>
    public static void Adopt(SchemaRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        lock (s_gate)
        {
            s_current = s_current.With(registry.Declarations);
        }
    }

    private sealed class Snapshot(FrozenDictionary<string, string> prefixes, FrozenDictionary<XName, XName> instanceKeys, FrozenDictionary<XName, XName?> types)
    {
        public static Snapshot Empty { get; } = new(FrozenDictionary<string, string>.Empty, FrozenDictionary<XName, XName>.Empty, FrozenDictionary<XName, XName?>.Empty);

        public FrozenDictionary<string, string> Prefixes { get; } = prefixes;

        public FrozenDictionary<XName, XName> InstanceKeys { get; } = instanceKeys;

        private FrozenDictionary<XName, XName?> Types { get; } = types;

        public Snapshot With(IEnumerable<ComponentTypeDeclaration> declarations)
        {
            var prefixes = new Dictionary<string, string>(Prefixes, StringComparer.Ordinal);
            var types = new Dictionary<XName, XName?>(Types);
            foreach (var declaration in declarations)
            {
                if (prefixes.TryGetValue(declaration.Prefix, out var bound) && bound != declaration.Element.NamespaceName)
                {
                    throw new SchemaCatalogException(declaration.DeclaredIn,
                        $"binds the prefix '{declaration.Prefix}' to {declaration.Element.NamespaceName}, but this process already knows it for {bound}.");
                }

                if (types.TryGetValue(declaration.Element, out var key) && key != declaration.InstanceKey)
                {
                    throw new SchemaCatalogException(declaration.DeclaredIn,
                        $"keys {declaration.Element.LocalName} by '{declaration.InstanceKey}', but this process already keys it by '{key}'.");
                }

                prefixes[declaration.Prefix] = declaration.Element.NamespaceName;
                types[declaration.Element] = declaration.InstanceKey;
            }

            return new Snapshot(prefixes.ToFrozenDictionary(StringComparer.Ordinal),
                types.Where(t => t.Value is not null).ToFrozenDictionary(t => t.Key, t => t.Value!),
                types.ToFrozenDictionary());
        }
    }
}
