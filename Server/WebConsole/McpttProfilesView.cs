using System.Security.Claims;
using GupSoap.Core.Authorization;
using GupSoap.Server.Mcptt;

namespace GupSoap.Server.WebConsole;

/// <summary>One MCPTT user profile as the console shows it (TS 23.280 §10.1.4.1): its version and the devices it is active on.</summary>
public sealed record McpttProfileView(string ProfileId, string Name, long Version, DateTime ChangeTime, string Status, bool PreSelected, IReadOnlyList<string> ActiveDevices);

/// <summary>
/// A subscriber's MCPTT user profiles for the console, read as ListUserProfiles reads them (the CM authorization for
/// the console requestor, the profiles' RAF, the device activation store). Absent on a deployment without MCPTT.
/// </summary>
internal sealed class McpttProfilesView(McpttContext? cm, ConsoleOptions options)
{
    public bool Available => cm is not null;

    /// <summary>The profiles, oldest id first; none when the identity has none (or none the rules let the console see).</summary>
    public async Task<(IReadOnlyList<McpttProfileView> Profiles, string? Problem)> ReadAsync(ClaimsPrincipal user, string resourceId, CancellationToken cancellationToken)
    {
        if (cm is null)
        {
            return ([], null);
        }

        var (resource, invalid) = CmRequestGuard.Resource(resourceId);
        if (invalid is not null)
        {
            return ([], invalid.Comment);
        }

        using var deadline = cm.Rg.StartDeadline(cancellationToken);
        var (access, refused) = await McpttAccess.LoadAsync(cm, ConsoleRequestor.For(options, user, resourceId), resource!, deadline.Token);
        refused ??= access!.Refusal(AccessOperation.Query, ProfileRepository.NoProfiles);
        IReadOnlyList<StoredProfile>? profiles = null;
        if (refused is null)
        {
            (profiles, refused) = await new ProfileRepository(cm, access!, resource!).ReadAllAsync(deadline.Token);
        }

        if (refused is not null)
        {
            return refused.Detail == Contracts.Liberty.StatusCodes.DoesNotExist ? ([], null) : ([], refused.Comment);
        }

        var active = await cm.Devices.ActiveDevicesAsync(resource!.Value, cancellationToken);
        return ([.. profiles!.OrderBy(p => p.ProfileId, StringComparer.Ordinal).Select(p => new McpttProfileView(p.ProfileId, p.ProfileName, p.Version, p.ChangeTime,
            p.Status, p.PreSelected, active.TryGetValue(p.ProfileId, out var devices) ? devices : []))], null);
    }
}
