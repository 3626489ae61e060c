using System.Text.RegularExpressions;

namespace GupSoap.Schemas;

/// <summary>
/// Reads the operator's schema directory (<c>Gup:Schemas:Directory</c>): every <c>*.xsd</c> directly in it, and for each
/// <c>NAME.component.json</c> beside <c>NAME.xsd</c> the component types that descriptor declares. Sub-directories and
/// other files are ignored. Nothing outside the directory is read (imports are resolved later, among these files only).
/// </summary>
public static partial class SchemaDirectory
{
    /// <summary>Most schema files one directory may hold.</summary>
    public const int MaxFiles = 256;

    /// <summary>Largest schema or descriptor file accepted.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// The schemas and descriptors of <paramref name="directory"/>; none when it does not exist and is not
    /// <paramref name="required"/>.
    /// </summary>
    /// <exception cref="SchemaCatalogException">A file cannot be used (name, size, unreadable, descriptor without schema).</exception>
    public static SchemaSources Read(string directory, bool required)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            return required
                ? throw new SchemaCatalogException(directory, "the schema directory does not exist.")
                : new SchemaSources([], []);
        }

        var paths = Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal).ToList();
        var schemas = paths.Where(p => p.EndsWith(".xsd", StringComparison.OrdinalIgnoreCase)).ToList();
        if (schemas.Count > MaxFiles)
        {
            throw new SchemaCatalogException(directory, $"holds {schemas.Count} schema files; at most {MaxFiles} are read.");
        }

        var files = schemas.Select(ReadSchema).ToList();
        var entries = new List<ComponentTypeEntry>();
        foreach (var descriptor in paths.Where(p => p.EndsWith(ComponentTypeDescriptor.Suffix, StringComparison.OrdinalIgnoreCase)))
        {
            var name = Path.GetFileName(descriptor);
            var schema = name[..^ComponentTypeDescriptor.Suffix.Length] + ".xsd";
            if (!files.Any(f => f.Name == schema))
            {
                throw new SchemaCatalogException(descriptor, $"declares component types of {schema}, which is not in the directory.");
            }

            entries.AddRange(ComponentTypeDescriptor.Read(ReadText(descriptor), schema, descriptor));
        }

        return new SchemaSources(files, entries);
    }

    /// <summary>One schema file and, when it lies beside it, its descriptor (<c>NAME.component.json</c>): a candidate revision.</summary>
    /// <exception cref="SchemaCatalogException">The file cannot be used.</exception>
    public static SchemaSources ReadOne(string schemaPath)
    {
        ArgumentNullException.ThrowIfNull(schemaPath);
        var path = Path.GetFullPath(schemaPath);
        if (!File.Exists(path))
        {
            throw new SchemaCatalogException(schemaPath, "does not exist.");
        }

        var file = ReadSchema(path);
        var descriptor = DescriptorOf(path);
        return new SchemaSources([file], File.Exists(descriptor) ? ComponentTypeDescriptor.Read(ReadText(descriptor), file.Name, descriptor) : []);
    }

    /// <summary>The descriptor path beside a schema path.</summary>
    public static string DescriptorOf(string schemaPath) => schemaPath[..^".xsd".Length] + ComponentTypeDescriptor.Suffix;

    /// <summary>True for names that can be imported and served as they are (<c>?xsd=NAME</c>).</summary>
    public static bool IsServableName(string name) => ServableName().IsMatch(name);

    private static SchemaFile ReadSchema(string path)
    {
        var name = Path.GetFileName(path);
        return IsServableName(name)
            ? new SchemaFile(name, ReadText(path), path, IsBuiltIn: false)
            : throw new SchemaCatalogException(path, "the file name may hold only letters, digits, '.', '_' and '-' and must end in .xsd.");
    }

    private static string ReadText(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            return length > MaxFileBytes
                ? throw new SchemaCatalogException(path, $"is {length} bytes; at most {MaxFileBytes} are read.")
                : File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new SchemaCatalogException(path, "cannot be read: " + ex.GetType().Name + ".", ex);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+\\.xsd$", RegexOptions.CultureInvariant)]
    private static partial Regex ServableName();
}
