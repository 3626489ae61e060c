using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Authorization;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// The user profiles of an MCPTT ID (TS 23.280 §10.1.4.1): id, name, version, status and pre-selected indication of
/// each, and the devices on which it is the active profile.
/// </summary>
internal static class ListUserProfilesOperation
{
    public static async Task<ListUserProfilesResponse> HandleAsync(McpttContext cm, ListUserProfilesRequest request, SoapRequestContext context)
    {
        var response = new ListUserProfilesResponse { TimeStamp = cm.Now, TimeStampSpecified = true };
        var (resource, failure) = CmRequestGuard.Resource(request.McpttId);
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = cm.Rg.StartDeadline(context.CancellationToken);
        var (access, refused) = await McpttAccess.LoadAsync(cm, context.Who, resource!, deadline.Token);
        refused ??= access!.Refusal(AccessOperation.Query, ProfileRepository.NoProfiles);
        IReadOnlyList<StoredProfile>? profiles = null;
        if (refused is null)
        {
            (profiles, refused) = await new ProfileRepository(cm, access!, resource!).ReadAllAsync(deadline.Token);
        }

        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        var active = await cm.Devices.ActiveDevicesAsync(resource!.Value, context.CancellationToken);
        response.Profiles = [.. profiles!.OrderBy(p => p.ProfileId, StringComparer.Ordinal).Select(p => new UserProfileSummary
        {
            ProfileId = p.ProfileId,
            ProfileName = p.ProfileName,
            Version = p.Version,
            Status = p.Status,
            PreSelected = p.PreSelected,
            ActiveDevices = active.TryGetValue(p.ProfileId, out var devices) && devices.Count > 0 ? [.. devices] : null,
        })];
        return response;
    }
}
