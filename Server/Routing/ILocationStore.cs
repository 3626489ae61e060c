using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>
/// Where each component of each resource was placed (resource id + component type → RAF name), so a component
/// created outside its type's default repository is found again by every GUP Server instance.
/// </summary>
public interface ILocationStore : IAsyncDisposable
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Every recorded placement of one resource's components.</summary>
    Task<IReadOnlyDictionary<XName, string>> FindAllAsync(string resourceId, CancellationToken cancellationToken);

    Task SetAsync(string resourceId, XName componentType, string rafName, CancellationToken cancellationToken);

    Task RemoveAsync(string resourceId, XName componentType, CancellationToken cancellationToken);
}
