using System.Collections.Concurrent;
using System.Text;
using System.Xml;

namespace GupSoap.Schemas;

/// <summary>
/// Resolves schema locations to the embedded GupSoap XSDs only (a bare file name such as <c>gup.xsd</c>, or the served
/// form <c>rp?xsd=gup.xsd</c>); every other location (file system, network, unknown names) is refused without being read.
/// </summary>
internal sealed class EmbeddedSchemaResolver : XmlResolver
{
    internal const string UriPrefix = "urn:gupsoap:xsd:";
    private const string ServedMarker = "?xsd=";
    private const int MaxRecorded = 64;

    private readonly IReadOnlyDictionary<string, string> _texts;
    private readonly ConcurrentQueue<string> _refused = new();

    public EmbeddedSchemaResolver(IReadOnlyDictionary<string, string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        _texts = texts;
    }

    /// <summary>Locations asked for and refused (the first 64), for diagnostics and tests.</summary>
    public IReadOnlyCollection<string> Refused => _refused;

    /// <summary>The canonical URI under which an embedded schema is known to an <see cref="System.Xml.Schema.XmlSchemaSet"/>.</summary>
    public static Uri UriFor(string fileName) => new(UriPrefix + fileName, UriKind.Absolute);

    public override Uri ResolveUri(Uri? baseUri, string? relativeUri)
    {
        var name = EmbeddedNameOf(relativeUri);
        if (name is not null)
        {
            return UriFor(name);
        }

        Refuse(relativeUri ?? string.Empty);
        throw new XmlException($"Schema location '{DataEcho.Truncate(relativeUri)}' is not an embedded GupSoap schema; nothing else is loaded.");
    }

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        var location = absoluteUri.OriginalString;
        if (location.StartsWith(UriPrefix, StringComparison.Ordinal)
            && _texts.TryGetValue(location[UriPrefix.Length..], out var text)
            && (ofObjectToReturn is null || ofObjectToReturn == typeof(Stream) || ofObjectToReturn == typeof(object)))
        {
            return new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        }

        Refuse(location);
        throw new XmlException($"Schema location '{DataEcho.Truncate(location)}' is not an embedded GupSoap schema; nothing else is loaded.");
    }

    public override bool SupportsType(Uri absoluteUri, Type? type) => type is null || type == typeof(Stream) || type == typeof(object);

    /// <summary>The embedded file a schema location designates, or null when it designates anything else.</summary>
    private string? EmbeddedNameOf(string? location)
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

    private void Refuse(string location)
    {
        if (_refused.Count < MaxRecorded)
        {
            _refused.Enqueue(location);
        }
    }
}
