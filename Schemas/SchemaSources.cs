using System.Reflection;

namespace GupSoap.Schemas;

/// <summary>
/// What a <see cref="SchemaRegistry"/> is built from: schema files and the component type entries naming their roots.
/// The built-in ones are the XSDs embedded in this assembly with a descriptor beside each component schema — the same
/// form an operator uses in the schema directory (<see cref="SchemaDirectory"/>), so there is one mechanism.
/// </summary>
public sealed class SchemaSources
{
    internal const string ResourcePrefix = "GupSoap.Schemas.Xsd.";

    private static readonly Lazy<SchemaSources> s_builtIn = new(() => LoadEmbedded(typeof(SchemaSources).Assembly), LazyThreadSafetyMode.ExecutionAndPublication);

    public SchemaSources(IReadOnlyList<SchemaFile> files, IReadOnlyList<ComponentTypeEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(entries);
        Files = files;
        Entries = entries;
    }

    /// <summary>The schemas built into GupSoap: the GUP envelope, Liberty utility and the five standard component types.</summary>
    public static SchemaSources BuiltIn => s_builtIn.Value;

    public IReadOnlyList<SchemaFile> Files { get; }

    /// <summary>The component types, in the order they were declared.</summary>
    public IReadOnlyList<ComponentTypeEntry> Entries { get; }

    /// <summary>These sources followed by <paramref name="more"/>; a file name both hold is refused where <paramref name="more"/> has it.</summary>
    /// <exception cref="SchemaCatalogException">A file of <paramref name="more"/> has the name of one of these.</exception>
    public SchemaSources With(SchemaSources more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var names = Files.ToDictionary(f => f.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var file in more.Files)
        {
            if (names.TryGetValue(file.Name, out var earlier))
            {
                throw new SchemaCatalogException(file.Location, earlier.IsBuiltIn
                    ? $"has the name of the built-in schema {earlier.Name}; give it a name of its own."
                    : $"has the same name as {earlier.Location}.");
            }
        }

        return new SchemaSources([.. Files, .. more.Files], [.. Entries, .. more.Entries]);
    }

    /// <summary>
    /// These sources with <paramref name="revised"/>'s files in place of the same-named ones (a new revision) or added;
    /// the entries of a replaced file are replaced too when <paramref name="revised"/> declares that file's types.
    /// </summary>
    public SchemaSources Revise(SchemaSources revised)
    {
        ArgumentNullException.ThrowIfNull(revised);
        var names = revised.Files.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var redeclared = revised.Entries.Select(e => e.SchemaFile).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new SchemaSources(
            [.. Files.Where(f => !names.Contains(f.Name)), .. revised.Files],
            [.. Entries.Where(e => e.SchemaFile is null || !redeclared.Contains(e.SchemaFile)), .. revised.Entries]);
    }

    /// <summary>These sources with more entries (e.g. from configuration) after the others.</summary>
    public SchemaSources WithEntries(IEnumerable<ComponentTypeEntry> entries) => new(Files, [.. Entries, .. entries]);

    private static SchemaSources LoadEmbedded(Assembly assembly)
    {
        var files = new List<SchemaFile>();
        var descriptors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var name = resource[ResourcePrefix.Length..];
            using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException("Cannot open embedded schema " + resource);
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            if (name.EndsWith(ComponentTypeDescriptor.Suffix, StringComparison.Ordinal))
            {
                descriptors[name[..^ComponentTypeDescriptor.Suffix.Length] + ".xsd"] = text;
            }
            else if (name.EndsWith(".xsd", StringComparison.Ordinal))
            {
                files.Add(new SchemaFile(name, text, "built-in " + name, IsBuiltIn: true));
            }
        }

        if (files.Count == 0)
        {
            throw new InvalidOperationException("No embedded schemas named " + ResourcePrefix + "*.xsd were found.");
        }

        var entries = files.Where(f => descriptors.ContainsKey(f.Name))
            .SelectMany(f => ComponentTypeDescriptor.Read(descriptors[f.Name], f.Name, "built-in " + f.Name[..^4] + ComponentTypeDescriptor.Suffix))
            .ToList();
        return new SchemaSources(files, entries);
    }
}
