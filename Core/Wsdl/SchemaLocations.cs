using System.Text;
using System.Text.RegularExpressions;
using GupSoap.Core.Xml;

namespace GupSoap.Core.Wsdl;

/// <summary>
/// The <c>schemaLocation</c>s of served descriptions. Schemas live beside the endpoint, path-style
/// (<c>/gup/rg/rg.xsd</c>), so every import is a bare file name relative to the importing schema; a schema fetched by
/// the older query form (<c>/gup/rg?xsd=rg.xsd</c>) gets its imports in that form, so it resolves either way.
/// </summary>
public static partial class SchemaLocations
{
    /// <summary>The file name a location designates: the part after the last <c>/</c> or after <c>?xsd=</c>.</summary>
    public static string FileOf(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var query = location.IndexOf("?xsd=", StringComparison.Ordinal);
        return query >= 0 ? location[(query + "?xsd=".Length)..] : location[(location.LastIndexOf('/') + 1)..];
    }

    /// <summary>A schema text whose bare-name imports are rewritten to <c>{segment}?xsd={file}</c>.</summary>
    public static string ToQueryForm(string schemaText, string segment) =>
        BareLocation().Replace(schemaText, m => $"schemaLocation=\"{segment}?xsd={m.Groups[1].Value}\"");

    /// <summary>
    /// Adds an <c>xs:import</c> after the last one for every (namespace, file) not imported yet, keeping the text as
    /// it is otherwise (comments, layout). For the embedded, trusted interface schemas.
    /// </summary>
    public static string AddImports(string schemaText, IEnumerable<(string Namespace, string File)> imports)
    {
        ArgumentNullException.ThrowIfNull(schemaText);
        ArgumentNullException.ThrowIfNull(imports);
        var loaded = SafeXmlLoader.Load(schemaText, new XmlLimits());
        var schema = loaded.Document?.Root ?? throw new InvalidDataException("Embedded schema is not well-formed: " + loaded.Error);
        var imported = schema.Elements(schema.Name.Namespace + "import").Select(i => (string?)i.Attribute("namespace")).ToHashSet(StringComparer.Ordinal);
        var added = new StringBuilder();
        foreach (var (ns, file) in imports)
        {
            if (imported.Add(ns))
            {
                added.Append($"\n  <xs:import namespace=\"{ns}\" schemaLocation=\"{file}\"/>");
            }
        }

        var last = schemaText.LastIndexOf("<xs:import ", StringComparison.Ordinal);
        if (added.Length == 0 || last < 0)
        {
            return added.Length == 0 ? schemaText : throw new InvalidDataException("The schema has no xs:import to add others after.");
        }

        var end = schemaText.IndexOf("/>", last, StringComparison.Ordinal) + 2;
        return schemaText[..end] + added + schemaText[end..];
    }

    [GeneratedRegex("schemaLocation=\"([A-Za-z0-9_.-]+\\.xsd)\"")]
    private static partial Regex BareLocation();
}
