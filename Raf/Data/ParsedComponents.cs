using System.Collections.Concurrent;
using System.Xml.Linq;
using GupSoap.Core.Authorization;
using GupSoap.Core.Xml;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Data;

/// <summary>
/// Parsed trees of stored components for readers, so a document read again (a subscriber's rules on every request,
/// a popular profile) is not parsed again: an entry is reused only while the stored text is exactly the text it was
/// parsed from, so a reader always sees the component as it is stored now, whatever wrote it. Trees handed out are
/// shared and must not be changed (readers copy what they send); writers load their own. Bounded: when full it starts over.
/// </summary>
public sealed class ParsedComponents(XmlLimits limits, int capacity = ParsedComponents.DefaultCapacity)
{
    public const int DefaultCapacity = 2048;

    private readonly ConcurrentDictionary<(string Resource, XName Type, string Instance), Entry> _entries = new();

    /// <summary>The tree of <paramref name="stored"/>; read-only.</summary>
    public XElement Tree(StoredComponent stored) => EntryOf(stored).Tree;

    /// <summary>The rules of a stored <c>gup:AuthorizationRules</c> component, read once per stored text.</summary>
    public (AuthorizationRules? Rules, string? Error) Rules(StoredComponent stored)
    {
        var entry = EntryOf(stored);
        return entry.Rules ??= AuthorizationRules.Read(entry.Tree);
    }

    private Entry EntryOf(StoredComponent stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var key = (stored.ResourceId, stored.ComponentType, stored.InstanceId);
        if (_entries.TryGetValue(key, out var cached) && string.Equals(cached.Data, stored.Data, StringComparison.Ordinal))
        {
            return cached;
        }

        var entry = new Entry(stored.Data, ComponentDocument.Load(stored, limits));
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[key] = entry;
        return entry;
    }

    private sealed class Entry(string data, XElement tree)
    {
        public string Data { get; } = data;

        public XElement Tree { get; } = tree;

        /// <summary>Set once by the first reader that needs it; a race only reads the same rules twice.</summary>
        public (AuthorizationRules? Rules, string? Error)? Rules { get; set; }
    }
}
