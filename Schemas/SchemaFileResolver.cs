using System.Collections.Concurrent;
using System.Text;
using System.Xml;

namespace GupSoap.Schemas;

/// <summary>
/// Resolves schema locations to the schemas of this deployment only — built in, or in the operator's schema directory
/// — by bare file name (<c>gup.xsd</c>) or in the served form (<c>rp?xsd=gup.xsd</c>); every other location (file
/// system paths, <c>file:</c>, <c>http:</c>, unknown names) is refused before anything is opened or fetched.
/// </summary>
internal sealed class SchemaFileResolver : XmlResolver
{
    internal const string UriPrefix = "urn:gupsoap:xsd:";
    private const string ServedMarker = "?xsd=";
    private const int MaxRecorded = 64;

    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly ConcurrentQueue<string> _refused = new();
    private readonly ConcurrentQueue<(string? From, string Location)> _refusedFrom = new();

    public SchemaFileResolver(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts;
    }

    /// <summary>Locations asked for and refused (the first 64), for diagnostics and tests.</summary>
    public IReadOnlyCollection<string> Refused => _refused;

    /// <summary>The same, each with the file name of the schema that asked for it (null when unknown).</summary>
    public IReadOnlyCollection<(string? From, string Location)> RefusedFrom => _refusedFrom;

    /// <summary>The canonical URI under which a schema of this deployment is known to an <see cref="System.Xml.Schema.XmlSchemaSet"/>.</summary>
    public static Uri UriFor(string fileName) => new(UriPrefix + fileName, UriKind.Absolute);

    /// <summary>The file name of a canonical URI, or null for any other URI.</summary>
    public static string? NameOf(string? uri) =>
        uri is not null && uri.StartsWith(UriPrefix, StringComparison.Ordinal) ? uri[UriPrefix.Length..] : null;

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var name = KnownNameOf(relativeUri);
        if (name is not null)
        {
            return UriFor(name);
        }

        Refuse(NameOf(baseUri?.OriginalString), relativeUri ?? string.Empty);
        throw new XmlException($"Schema location '{DataEcho.Truncate(relativeUri)}' is not a schema of this deployment; nothing else is loaded.");
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        var location = absoluteUri.OriginalString;
        if (NameOf(location) is { } name && _texts.TryGetValue(name, out var text)
            && (ofObjectToReturn is null || ofObjectToReturn == typeof(Stream) || ofObjectToReturn == typeof(object)))
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        }

        Refuse(null, location);
        throw new XmlException($"Schema location '{DataEcho.Truncate(location)}' is not a schema of this deployment; nothing else is loaded.");
    }

    public override bool SupportsType(Uri absoluteUri, Type? type) => type is null || type == typeof(Stream) || type == typeof(object);

    /// <summary>The known file a schema location designates, or null when it designates anything else.</summary>
    private string? KnownNameOf(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        string candidate;
        if (location.StartsWith(UriPrefix, StringComparison.Ordinal))
        {
            candidate = location[UriPrefix.Length..];
        }
        else
        {
            var served = location.IndexOf(ServedMarker, StringComparison.Ordinal);
            var path = served < 0 ? location : location[..served];
            candidate = served < 0 ? location : location[(served + ServedMarker.Length)..];

            // Relative references only: no scheme, no absolute path, no drive, no parent steps.
            if (path.Contains(':', StringComparison.Ordinal) || path.StartsWith('/') || path.Contains('\\', StringComparison.Ordinal)
                || path.Contains("..", StringComparison.Ordinal) || (served < 0 && path.Contains('/', StringComparison.Ordinal)))
            {
                return null;
            }
        }

        return _texts.ContainsKey(candidate) ? candidate : null;
    }

    private void Refuse(string? from, string location)
    {
        if (_refused.Count < MaxRecorded)
        {
            _refused.Enqueue(location);
            _refusedFrom.Enqueue((from, location));
        }
    }
}
