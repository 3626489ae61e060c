using System.Xml.Linq;

namespace GupSoap.Server.Routing;

/// <summary>
/// TS 23.240 §4.2.2 data location: resource identity + component type → the RAF that holds it. Placement of a new
/// component: an existing record wins (one location per component), else the application's
/// <c>gup:TargetRepository</c> when that RAF holds the type, else the type's default.
/// </summary>
public sealed class ComponentLocator(RafDirectory directory, ILocationStore store)
{
    public RafDirectory Directory => directory;

    public async Task<ProfileLocations> ForResourceAsync(string resourceId, CancellationToken cancellationToken) =>
        new(directory, await store.FindAllAsync(resourceId, cancellationToken));

    public RafEndpoint? PlaceNew(ProfileLocations locations, XName componentType, string? targetRepository)
    {
        ArgumentNullException.ThrowIfNull(locations);
        if (locations.IsRecorded(componentType))
        {
            return locations.Locate(componentType);
        }

        return targetRepository is { Length: > 0 } && directory.Find(targetRepository.Trim()) is { } target && target.Holds(componentType)
            ? target
            : directory.DefaultFor(componentType);
    }

    public Task RecordAsync(string resourceId, XName componentType, RafEndpoint raf, CancellationToken cancellationToken) =>
        store.SetAsync(resourceId, componentType, raf.Name, cancellationToken);

    public Task ForgetAsync(string resourceId, XName componentType, CancellationToken cancellationToken) =>
        store.RemoveAsync(resourceId, componentType, cancellationToken);
}
