using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>One stored component (TS 23.240 §4.1.1): its identity, document text, version and last change time.</summary>
public sealed record StoredComponent(
    string ResourceId,
    string? ResourceType,
    XName ComponentType,
    string Data,
    long Version,
    DateTimeOffset ChangedAt);
