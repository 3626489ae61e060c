using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>Where each component type of one resource lives: its recorded placement, else its type's default RAF.</summary>
public sealed class ProfileLocations(RafDirectory directory, IReadOnlyDictionary<XName, string> recorded)
{
    /// <summary>The RAF holding (or that would hold) this resource's component of <paramref name="componentType"/>; null for unknown types.</summary>
    public RafEndpoint? Locate(XName componentType) =>
        recorded.TryGetValue(componentType, out var name) && directory.Find(name) is { } placed && placed.Holds(componentType)
            ? placed
            : directory.DefaultFor(componentType);

    public bool IsRecorded(XName componentType) => recorded.ContainsKey(componentType);

    /// <summary>Every component type with the RAF to ask, in the stable profile order.</summary>
    public IEnumerable<(XName Type, RafEndpoint Raf)> All() =>
        directory.ComponentTypes.Select(type => (type, Locate(type)!));
}
