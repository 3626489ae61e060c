using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Schemas;

namespace GupSoap.Raf.Storage;

/// <summary>
/// What the store keeps for a document of a multi-instance type: the instance id its key attribute names, and the
/// text with its version attribute set to the version it is stored under (ARCHITECTURE.md "Data model"). Applied on
/// every write, whoever the writer, so no stored document ever tells another version than its row.
/// </summary>
internal static class InstanceData
{
    /// <summary>The instance id and the text to store; single-instance data is passed through untouched.</summary>
    /// <exception cref="ArgumentException">A multi-instance document without its key: callers validate before writing.</exception>
    public static (string InstanceId, string Data) Prepare(XName componentType, string data, long version, XmlLimits limits)
    {
        if (!ComponentInstance.IsMultiInstance(componentType))
        {
            return (ComponentInstance.OnlyInstance, data);
        }

        var document = Load(data, limits) ?? throw new ArgumentException("The component document is not readable.", nameof(data));
        var id = ComponentInstance.IdOf(document)
            ?? throw new ArgumentException($"A {componentType.LocalName} document needs its {ComponentTypeNames.InstanceKey(componentType)} attribute.", nameof(data));
        ComponentInstance.Stamp(document, version);
        return (id, document.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces));
    }

    /// <summary>What an insert stores: version 1 under the instance id the data names.</summary>
    public static StoredComponent First(string resourceId, string? resourceType, XName componentType, string data, DateTimeOffset at, XmlLimits limits)
    {
        var (instanceId, stored) = Prepare(componentType, data, 1, limits);
        return new StoredComponent(resourceId, resourceType, componentType, stored, 1, at.ToUniversalTime()) { InstanceId = instanceId };
    }

    /// <summary>
    /// What an update stores: version + 1 and a change time strictly after the previous one, so notChangedSince = the
    /// last seen change time always detects a later write; the data must name the same instance.
    /// </summary>
    public static StoredComponent Next(StoredComponent existing, string data, DateTimeOffset at, XmlLimits limits)
    {
        var version = existing.Version + 1;
        var (instanceId, stored) = Prepare(existing.ComponentType, data, version, limits);
        if (instanceId != existing.InstanceId)
        {
            throw new ArgumentException("The new data names another instance than the one it replaces.", nameof(data));
        }

        var changed = at.UtcTicks > existing.ChangedAt.UtcTicks ? at.ToUniversalTime() : existing.ChangedAt.AddTicks(1);
        return existing with { Data = stored, Version = version, ChangedAt = changed };
    }

    /// <summary>Stored text goes through the same safe loader as requests; null when it cannot be read.</summary>
    public static XElement? Load(string data, XmlLimits limits) => SafeXmlLoader.Load(data, limits).Document?.Root;
}
