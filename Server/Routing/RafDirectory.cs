using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>
/// The configured repositories and the default placement of each component type: the first RAF, in configuration
/// order, that holds the type. Component types keep that order too, which is the order of a merged profile.
/// </summary>
public sealed class RafDirectory
{
    private readonly Dictionary<string, RafEndpoint> _byName;
    private readonly Dictionary<XName, RafEndpoint> _defaults = [];

    public RafDirectory(IEnumerable<RafEndpoint> rafs)
    {
        ArgumentNullException.ThrowIfNull(rafs);
        All = rafs.ToList();
        _byName = All.ToDictionary(r => r.Name, StringComparer.Ordinal);
        var types = new List<XName>();
        foreach (var raf in All)
        {
            foreach (var type in raf.ComponentTypes)
            {
                if (_defaults.TryAdd(type, raf))
                {
                    types.Add(type);
                }
            }
        }

        ComponentTypes = types;
    }

    public IReadOnlyList<RafEndpoint> All { get; }

    /// <summary>Every component type some RAF holds, in configuration order.</summary>
    public IReadOnlyList<XName> ComponentTypes { get; }

    public RafEndpoint? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Where a component of <paramref name="componentType"/> goes unless placed elsewhere; null when no RAF holds it.</summary>
    public RafEndpoint? DefaultFor(XName componentType) => _defaults.GetValueOrDefault(componentType);

    public bool IsKnown(XName componentType) => _defaults.ContainsKey(componentType);

    /// <summary>Position of a type in the merged profile's stable order.</summary>
    public int OrderOf(XName componentType)
    {
        for (var i = 0; i < ComponentTypes.Count; i++)
        {
            if (ComponentTypes[i] == componentType)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
