using System.Xml.Linq;

namespace GupSoap.Raf.Storage;

/// <summary>One stored component (TS 23.240 §4.1.1): its identity, document text, version and last change time.</summary>
public sealed record StoredComponent(
    string ResourceId,
    string? ResourceType,
    XName ComponentType,
    string Data,
    long Version,
    DateTimeOffset ChangedAt)
{
    /// <summary>
    /// Which document of a multi-instance type this is (its key attribute's value, e.g. the MCPTT profileId);
    /// <see cref="Schemas.ComponentInstance.OnlyInstance"/> for single-instance types.
    /// </summary>
    public string InstanceId { get; init; } = Schemas.ComponentInstance.OnlyInstance;
}
