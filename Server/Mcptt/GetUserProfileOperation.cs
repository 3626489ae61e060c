using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// UE-initiated get (MCPTT user profile contribution, flow 1; TS 23.280 §10.1.4): the profile only when the device
/// needs it, <c>Synchronized</c> when it holds the server's version, <c>UploadRequested</c> when it holds a newer one.
/// With a DeviceID, a successful answer makes the profile the one active on that device.
/// </summary>
internal static class GetUserProfileOperation
{
    public static async Task<GetUserProfileResponse> HandleAsync(McpttContext cm, GetUserProfileRequest request, SoapRequestContext context)
    {
        var response = new GetUserProfileResponse { TimeStamp = cm.Now, TimeStampSpecified = true };
        var (resource, failure) = CmRequestGuard.Resource(request.McpttId);
        failure ??= CmRequestGuard.ProfileId(request.ProfileId) ?? CmRequestGuard.DeviceId(request.DeviceId);
        var (held, heldFailure) = CmRequestGuard.UeVersion(request.UeVersion);
        var (desired, desiredFailure) = CmRequestGuard.DesiredVersion(request.DesiredVersion);
        failure ??= heldFailure ?? desiredFailure;
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = cm.Rg.StartDeadline(context.CancellationToken);
        var (access, refused) = await McpttAccess.LoadAsync(cm, context.Who, resource!, deadline.Token);
        var profileId = request.ProfileId!;
        refused ??= access!.Refusal(AccessOperation.Query, ProfileRepository.NoSuchProfile(profileId));
        StoredProfile? profile = null;
        if (refused is null)
        {
            (profile, refused) = await new ProfileRepository(cm, access!, resource!).ReadAsync(profileId, deadline.Token);
        }

        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        switch (ProfileOutcomes.Decide(profile!.Version, held, desired))
        {
            case ProfileOutcome.VersionNeverExisted:
                response.Status = GupFailure.InvalidParameter(null, $"Version {desired} of profile '{profileId}' never existed; the current version is {profile.Version}.").ToStatus();
                return response;
            case ProfileOutcome.VersionNotKept:
                response.Status = new GupFailure(StatusCodes.DataUnavailable, null, $"Only the current version ({profile.Version}) of a profile is kept; version {desired} is not available.").ToStatus();
                return response;
            case ProfileOutcome.UploadRequested:
                response.UploadRequested = new VersionMark { Version = profile.Version };
                return response;
            case ProfileOutcome.Synchronized:
                response.Synchronized = new VersionMark { Version = profile.Version };
                break;
            default:
                response.Profile = new UserProfileDocument { Document = ProfileSignature.Sign(profile.Document, profile.Version, cm.Signing) };
                break;
        }

        if (request.DeviceId is { } device)
        {
            await cm.Devices.ActivateAsync(resource!.Value, device, profileId, cm.Rg.Time.GetUtcNow(), CancellationToken.None);
        }

        return response;
    }
}
