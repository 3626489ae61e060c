using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Schemas;

namespace GupSoap.Raf.Endpoints;

/// <summary>Data references that name one document of a multi-instance type (PROTOCOL.md "Data references"; ARCHITECTURE.md "Data model").</summary>
public static class InstanceSelects
{
    /// <summary>
    /// <c>/c:type[@key='id']</c> with the prefix declared; the bare root for single-instance types, and for an id the
    /// grammar cannot quote (it holds both quote characters).
    /// </summary>
    public static DataSelect RootOf(XName componentType, string instanceId)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        ArgumentNullException.ThrowIfNull(instanceId);
        var root = "/c:" + componentType.LocalName;
        var quote = instanceId.Contains('\'', StringComparison.Ordinal) ? '"' : '\'';
        var predicate = ComponentTypeNames.InstanceKey(componentType) is { } key && !(instanceId.Contains('\'', StringComparison.Ordinal) && instanceId.Contains('"', StringComparison.Ordinal))
            ? $"[@{key.LocalName}={quote}{instanceId}{quote}]"
            : "";
        return new DataSelect(root + predicate, new Dictionary<string, string> { ["c"] = componentType.NamespaceName });
    }
}
