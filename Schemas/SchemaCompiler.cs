using System.Collections.Frozen;
using System.Globalization;
using System.Xml;
using System.Xml.Schema;

namespace GupSoap.Schemas;

/// <summary>
/// Compiles a deployment's schema files into one <see cref="XmlSchemaSet"/> (TS 23.240 §4.1.1): DTDs prohibited,
/// imports and includes resolved among these files only (<see cref="SchemaFileResolver"/>), and every error or
/// warning — a refused import above all — stops it with one line naming the file, the line and the problem.
/// </summary>
internal static class SchemaCompiler
{
    private const int MaxProblemChars = 300;

    /// <exception cref="SchemaCatalogException">A file is not well-formed, holds a DTD, imports what is not there, or does not compile.</exception>
    public static XmlSchemaSet Compile(IReadOnlyList<SchemaFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var texts = files.ToFrozenDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);
        var resolver = new SchemaFileResolver(texts);
        var locations = files.ToFrozenDictionary(f => f.Name, f => f.Location, StringComparer.Ordinal);
        var problems = new List<(string? File, string Problem)>();
        var set = Compile(texts, null, resolver, (_, e) => problems.Add((SchemaFileResolver.NameOf(e.Exception?.SourceUri), Describe(e))),
            (name, ex) => throw new SchemaCatalogException(locations[name], NotWellFormed(ex), ex));
        // An import without a schemaLocation asks for nothing (the namespace must be among the files); only real locations count.
        var refusals = resolver.RefusedFrom.Where(r => r.Location.Length > 0).ToList();
        if (refusals is [var (refusedFrom, refused), ..])
        {
            var from = refusedFrom is { } name && locations.TryGetValue(name, out var location) ? location : "a schema";
            throw new SchemaCatalogException(from,
                $"imports or includes '{DataEcho.Truncate(refused)}', which is not a schema of the schema directory; nothing was fetched (name a file beside it, e.g. schemaLocation=\"common.xsd\").");
        }

        if (problems.Count > 0)
        {
            var (file, problem) = problems[0];
            throw new SchemaCatalogException(file is not null && locations.TryGetValue(file, out var location) ? location : "the schema set", problem);
        }

        return set;
    }

    /// <summary>
    /// Adds <paramref name="texts"/> in name order (and <paramref name="extraSchemaText"/> last) to a new set and compiles
    /// it. Messages go to <paramref name="onMessage"/>; a text that is not even XML goes to <paramref name="onUnreadable"/>.
    /// </summary>
    public static XmlSchemaSet Compile(IReadOnlyDictionary<string, string> texts, string? extraSchemaText, XmlResolver resolver,
        ValidationEventHandler onMessage, Action<string, XmlException>? onUnreadable = null)
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
            try
            {
                using var reader = XmlReader.Create(new StringReader(texts[name]), readerSettings, SchemaFileResolver.UriFor(name).AbsoluteUri);
                set.Add(null, reader);
            }
            catch (XmlException ex) when (onUnreadable is not null)
            {
                onUnreadable(name, ex);
            }
        }

        if (extraSchemaText is not null)
        {
            using var reader = XmlReader.Create(new StringReader(extraSchemaText), readerSettings, SchemaFileResolver.UriPrefix + "extra");
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    private static string Describe(ValidationEventArgs e)
    {
        var line = e.Exception?.LineNumber ?? 0;
        var at = line > 0 ? $"line {line.ToString(CultureInfo.InvariantCulture)}: " : "";
        return at + Bounded(DataEcho.Sanitize(e.Message, []));
    }

    private static string NotWellFormed(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.Ordinal)
            ? $"line {ex.LineNumber.ToString(CultureInfo.InvariantCulture)}: holds a DTD (<!DOCTYPE …>); schemas with DTDs are refused."
            : $"line {ex.LineNumber.ToString(CultureInfo.InvariantCulture)}: is not well-formed XML: {Bounded(DataEcho.Sanitize(ex.Message, []))}";

    private static string Bounded(string text) => text.Length <= MaxProblemChars ? text : text[..MaxProblemChars] + "…";
}
