using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>
/// A repository as the GUP Server sees it (TS 23.240 §4.2.2): its name, providerID, the component types it holds
/// and its Rp address; a null address means the RAF runs in this process and is reached over loopback HTTP.
/// </summary>
public sealed record RafEndpoint(string Name, string ProviderId, IReadOnlyList<XName> ComponentTypes, Uri? Address)
{
    /// <summary><c>Gup:Rafs:{name}:ProducesCharging</c>: the RAF writes its own charging record of each Rp operation (TS 23.240 §4.1.9).</summary>
    public bool ProducesCharging { get; init; } = true;

    public bool Holds(XName componentType) => ComponentTypes.Contains(componentType);
}
