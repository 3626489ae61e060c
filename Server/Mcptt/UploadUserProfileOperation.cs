using System.Globalization;
using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// Upload (MCPTT user profile contribution, flow 3; TS 23.280 §10.1.4.5): the device's document replaces the stored
/// one only if it was made on the current version, checked again by the repository in the write itself, so of two
/// concurrent uploads one wins and the other gets <c>ModifiedSince</c> with nothing overwritten. A new profile id is
/// created (BaseVersion 0).
/// </summary>
internal static class UploadUserProfileOperation
{
    public static async Task<UploadUserProfileResponse> HandleAsync(McpttContext cm, UploadUserProfileRequest request, SoapRequestContext context)
    {
        var response = new UploadUserProfileResponse { TimeStamp = cm.Now, TimeStampSpecified = true };
        var (resource, failure) = CmRequestGuard.Resource(request.McpttId);
        failure ??= CmRequestGuard.ProfileId(request.ProfileId) ?? CmRequestGuard.DeviceId(request.DeviceId) ?? CheckDocument(request, resource?.Value);
        if (failure is null && request.BaseVersion < 0)
        {
            failure = GupFailure.InvalidParameter(null, "BaseVersion must not be negative.");
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = cm.Rg.StartDeadline(context.CancellationToken);
        var (access, refused) = await McpttAccess.LoadAsync(cm, context.Who, resource!, deadline.Token);
        var profileId = request.ProfileId!;
        var repository = access is null ? null : new ProfileRepository(cm, access, resource!);
        var (current, readFailure) = refused is null ? await repository!.ReadAsync(profileId, deadline.Token) : (null, null);
        if (refused is null && readFailure is { Detail: not StatusCodes.DoesNotExist })
        {
            refused = readFailure;
        }

        var document = ProfileSignature.WithoutSignature(request.Profile!.Document!);
        long version = 0;
        if (refused is null)
        {
            (version, refused) = current is null
                ? await CreateAsync(access!, repository!, request, document, context.Simulate, deadline.Token)
                : await ReplaceAsync(access!, repository!, request, current, document, context.Simulate, deadline.Token);
        }

        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        if (!context.Simulate)
        {
            cm.Logger.LogProfileStored(resource!.Value, profileId, version, context.Who.ProviderId);
        }

        response.Version = version;
        response.VersionSpecified = true;
        return response;
    }

    private static async Task<(long Version, GupFailure? Failure)> CreateAsync(McpttAccess access, ProfileRepository repository, UploadUserProfileRequest request,
        XElement document, bool simulate, CancellationToken cancellationToken)
    {
        var profileId = request.ProfileId!;
        var refused = access.Refusal(AccessOperation.Create, ProfileRepository.NoSuchProfile(profileId)) ?? (request.BaseVersion != 0
            ? ProfileRepository.NoSuchProfile(profileId) with { Comment = $"The MCPTT ID has no user profile '{profileId}'; upload a new one with BaseVersion 0." }
            : null);
        document.SetAttributeValue("version", "1");
        return refused is null ? await repository.CreateAsync(document, simulate, cancellationToken) : (0, refused);
    }

    private static async Task<(long Version, GupFailure? Failure)> ReplaceAsync(McpttAccess access, ProfileRepository repository, UploadUserProfileRequest request,
        StoredProfile current, XElement document, bool simulate, CancellationToken cancellationToken)
    {
        var profileId = request.ProfileId!;
        var refused = access.Refusal(AccessOperation.Modify, ProfileRepository.NoSuchProfile(profileId)) ?? BaseVersionFailure(request.BaseVersion, current.Version);
        if (refused is not null)
        {
            return (0, refused);
        }

        // The repository stamps the version it stores into the document; this is the one it will give, for dry runs.
        document.SetAttributeValue("version", (current.Version + 1).ToString(CultureInfo.InvariantCulture));
        var (version, replaced) = await repository.ReplaceAsync(profileId, document, current.ChangeTime, simulate, cancellationToken);
        return replaced is { Detail: StatusCodes.ModifiedSince }
            ? (0, GupFailure.ModifiedSince($"Profile '{profileId}' was changed by someone else meanwhile; nothing was overwritten. Get the current version and upload again."))
            : (version, replaced);
    }

    private static GupFailure? BaseVersionFailure(long baseVersion, long current) => baseVersion switch
    {
        var b when b < current => GupFailure.ModifiedSince($"The profile moved on to version {current} since version {b}; nothing was overwritten. Get the current version and upload again."),
        var b when b > current => GupFailure.InvalidParameter(null, $"BaseVersion {b} never existed; the current version is {current}."),
        _ => null,
    };

    private static GupFailure? CheckDocument(UploadUserProfileRequest request, string? mcpttId)
    {
        if (request.Profile?.Document is not { } document)
        {
            return GupFailure.InvalidParameter(StatusCodes.MissingNewDataElement, "Profile must hold the mcptt-user-profile document.");
        }

        if ((string?)document.Attribute("profileId") != request.ProfileId)
        {
            return GupFailure.InvalidData("The document's profileId differs from ProfileID.");
        }

        var named = document.Element(document.Name.Namespace + "MCPTTID")?.Value.Trim();
        return named == mcpttId ? null : GupFailure.InvalidData("The document's MCPTTID differs from the request's MCPTTID.");
    }
}
