using System.Xml;
using System.Xml.Linq;
using GupSoap.Core.Xml;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>One subscriber's profile as read from an import file: the element, or why it could not be read.</summary>
internal sealed record ProfileEntry(long Ordinal, string Where, XElement? Profile, string? Problem);

/// <summary>
/// Reads the profiles of <c>admin import PATH</c> one at a time, without holding the file in memory: PATH is an XML
/// file (one <c>gup:Profile</c>, or a <c>Profiles</c> root of many) or a directory of such <c>*.xml</c> files, read in
/// ordinal name order so the position of a profile is stable across runs (the checkpoint counts positions). Every
/// profile is loaded through the safe loader with the deployment's caps applied to it alone.
/// </summary>
internal sealed class ProfileSource
{
    private readonly IReadOnlyList<FileInfo> _files;
    private readonly XmlLimits _limits;
    private long _doneBytes;

    public ProfileSource(string path, XmlLimits limits)
    {
        _limits = limits;
        _files = Directory.Exists(path)
            ? [.. new DirectoryInfo(path).EnumerateFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal)]
            : [new FileInfo(path)];
        TotalBytes = _files.Sum(f => f.Length);
    }

    public IReadOnlyList<FileInfo> Files => _files;

    public long TotalBytes { get; }

    /// <summary>Bytes of the source read so far (buffered: a close estimate for progress, not an exact position).</summary>
    public long ReadBytes => Volatile.Read(ref _doneBytes);

    /// <summary>Identifies the content: names, sizes and change times; a resume refuses a source that changed.</summary>
    public string Fingerprint() => string.Join(';', _files.Select(f => $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));

    /// <summary>Every profile from position <paramref name="skip"/> on; the ones before are passed over unread.</summary>
    public IEnumerable<ProfileEntry> Read(long skip)
    {
        long ordinal = 0, before = 0;
        foreach (var file in _files)
        {
            using var stream = file.OpenRead();
            using var reader = SafeXmlReaderFactory.CreateForDocumentSequence(stream, _limits);
            using var entries = ReadFile(file.Name, reader, stream, before, () => ordinal++, skip).GetEnumerator();
            var broken = false;
            while (!broken)
            {
                ProfileEntry entry;
                try
                {
                    if (!entries.MoveNext())
                    {
                        break;
                    }

                    entry = entries.Current;
                }
                catch (XmlException ex)
                {
                    // The rest of a file that is not well-formed cannot be found: one entry says where it stopped.
                    entry = new ProfileEntry(-1, $"{file.Name}:{ex.LineNumber}", null, $"not well-formed XML, the rest of this file is not read ({Short(ex.Message)})");
                    broken = true;
                }

                yield return entry;
            }

            before += file.Length;
            Volatile.Write(ref _doneBytes, before);
        }
    }

    private IEnumerable<ProfileEntry> ReadFile(string name, XmlReader reader, Stream stream, long before, Func<long> next, long skip)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element)
        {
            yield break;
        }

        var single = reader.NamespaceURI == ProfileFileFormat.Gup.NamespaceName && reader.LocalName == ProfileFileFormat.Profile.LocalName;
        if (!single && (reader.NamespaceURI != ProfileFileFormat.Namespace.NamespaceName || reader.LocalName != ProfileFileFormat.Profiles.LocalName))
        {
            yield return new ProfileEntry(next(), $"{name}:{Line(reader)}", null,
                $"the root is {reader.LocalName}: expected gup:Profile or Profiles in {ProfileFileFormat.Namespace.NamespaceName}");
            yield break;
        }

        var inherited = single ? [] : NamespaceDeclarations(reader);
        if (!single && !reader.IsEmptyElement)
        {
            reader.Read();
        }

        while (single || reader.NodeType != XmlNodeType.EndElement && !reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            var ordinal = next();
            var where = $"{name}:{Line(reader)}";
            if (ordinal < skip)
            {
                reader.Skip();
            }
            else if (reader.NamespaceURI != ProfileFileFormat.Gup.NamespaceName || reader.LocalName != ProfileFileFormat.Profile.LocalName)
            {
                yield return new ProfileEntry(ordinal, where, null, $"{reader.LocalName} is not a gup:Profile");
                reader.Skip();
            }
            else
            {
                var loaded = SafeXmlLoader.LoadElement(reader, _limits);
                var profile = loaded.Document?.Root;
                profile?.Add(inherited.Where(d => profile.Attribute(d.Name) is null).Select(d => new XAttribute(d)));
                yield return new ProfileEntry(ordinal, where, profile, loaded.Error);
            }

            Volatile.Write(ref _doneBytes, before + Math.Min(stream.Position, stream.Length));
            if (single)
            {
                yield break;
            }
        }
    }

    /// <summary>The root's namespace declarations, so prefixes used in the components' text keep their meaning.</summary>
    private static List<XAttribute> NamespaceDeclarations(XmlReader reader)
    {
        var declarations = new List<XAttribute>();
        while (reader.MoveToNextAttribute())
        {
            // Prefixed ones only: a default namespace is never what a prefix in text refers to.
            if (reader.NamespaceURI == XNamespace.Xmlns.NamespaceName && reader.Prefix.Length > 0 && reader.Value != ProfileFileFormat.Namespace.NamespaceName)
            {
                declarations.Add(new XAttribute(XNamespace.Xmlns + reader.LocalName, reader.Value));
            }
        }

        reader.MoveToElement();
        return declarations;
    }

    private static int Line(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;

    private static string Short(string text) => text.Length <= 160 ? text : text[..160] + "…";
}
