using GupSoap.Core.Hosting;
using GupSoap.Schemas;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The deployment's component types (TS 23.240 §4.1.1), read once at start: the built-in schemas, every schema of
/// <c>Gup:Schemas:Directory</c> (default <c>{DataDirectory}/schemas</c>) with the descriptors beside them, and
/// <c>Gup:ComponentTypes:{i}:Element</c> / <c>:Schema</c> / <c>:InstanceKey</c>. Compiled and checked before anything
/// serves; a schema or declaration the process cannot start with stops it with one line naming the file or key.
/// </summary>
internal static class ComponentTypeHosting
{
    public const string DirectoryKey = "Gup:Schemas:Directory";
    public const string TypesKey = "Gup:ComponentTypes";
    private const string Fix = "See README \"Your own component types\".";

    /// <summary>The registry of this process's component types, adopted as the process's declared types.</summary>
    /// <exception cref="ConfigurationException">A schema does not compile, is unsafe, or a declaration is wrong.</exception>
    public static SchemaRegistry Load(IConfiguration configuration, string dataDirectory)
    {
        var registry = Build(Sources(configuration, dataDirectory));
        try
        {
            DeclaredComponentTypes.Adopt(registry);
        }
        catch (SchemaCatalogException ex)
        {
            throw new ConfigurationException(ex.Location, ex.Problem, Fix, ex);
        }

        return registry;
    }

    /// <exception cref="ConfigurationException">As <see cref="Load"/>.</exception>
    public static SchemaRegistry Build(SchemaSources sources)
    {
        try
        {
            return SchemaRegistry.Build(sources);
        }
        catch (SchemaCatalogException ex)
        {
            throw new ConfigurationException(ex.Location, ex.Problem, Fix, ex);
        }
    }

    /// <summary>The built-in schemas, the schema directory's and the configured declarations, in that order.</summary>
    /// <exception cref="ConfigurationException">A file of the directory cannot be used, or a declaration is incomplete.</exception>
    public static SchemaSources Sources(IConfiguration configuration, string dataDirectory)
    {
        try
        {
            var configured = configuration[DirectoryKey];
            var directory = DirectoryOf(configuration, dataDirectory);
            return SchemaSources.BuiltIn.With(SchemaDirectory.Read(directory, required: !string.IsNullOrWhiteSpace(configured))).WithEntries(Entries(configuration));
        }
        catch (SchemaCatalogException ex)
        {
            throw new ConfigurationException(ex.Location, ex.Problem, Fix, ex);
        }
    }

    /// <summary>The schema directory: <c>Gup:Schemas:Directory</c>, else <c>schemas</c> in the data directory.</summary>
    public static string DirectoryOf(IConfiguration configuration, string dataDirectory)
    {
        var configured = configuration[DirectoryKey];
        return Path.GetFullPath(string.IsNullOrWhiteSpace(configured) ? Path.Combine(dataDirectory, "schemas") : configured);
    }

    private static List<ComponentTypeEntry> Entries(IConfiguration configuration) =>
        configuration.GetSection(TypesKey).GetChildren().Select(section =>
        {
            var key = $"{TypesKey}:{section.Key}";
            return section["Element"] is { Length: > 0 } element
                ? new ComponentTypeEntry(element, NullIfEmpty(section["Schema"]), NullIfEmpty(section["InstanceKey"]), key)
                : throw new SchemaCatalogException(key, "has no Element (the component's root element, {namespace}name or a name in its Schema).");
        }).ToList();

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
