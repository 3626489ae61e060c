using System.Xml.Linq;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Schemas;


namespace GupSoap.Server.Tooling;

/// <summary>
/// Creates or replaces one profile through the CM endpoint: reads its current version, uploads on it, and when a
/// device wrote in between (ModifiedSince) reads and uploads again, a few times.
/// </summary>
internal sealed class McpttImporter(McpttCmClient client)
{
    private const int Attempts = 3;

    public async Task<(bool Ok, string Text)> ImportAsync(XElement profile, CancellationToken cancellationToken)
    {
        var mcpttId = profile.Element(ComponentTypeNames.McpttUserProfile.Namespace + "MCPTTID")?.Value.Trim();
        var profileId = (string?)profile.Attribute("profileId");
        if (string.IsNullOrEmpty(mcpttId) || string.IsNullOrEmpty(profileId))
        {
            return (false, "skipped: a profile without MCPTTID or profileId");
        }

        var what = $"{mcpttId} profile {profileId}";
        string reason = "no attempt";
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var (current, readError) = await client.SendAsync<GetUserProfileResponse>(CmOperations.GetUserProfile,
                new GetUserProfileRequest { McpttId = mcpttId, ProfileId = profileId, UeVersion = CmVersionTokens.None }, cancellationToken);
            if (current is null || (current.Status.Code != StatusCodes.Ok && current.Status.Detail != StatusCodes.DoesNotExist))
            {
                return (false, $"{what}: failed: {readError ?? Describe(current!.Status)}");
            }

            var baseVersion = (long?)current.Profile?.Document?.Attribute("version") ?? 0;
            var (stored, uploadError) = await client.SendAsync<UploadUserProfileResponse>(CmOperations.UploadUserProfile,
                new UploadUserProfileRequest { McpttId = mcpttId, ProfileId = profileId, BaseVersion = baseVersion, Profile = new UserProfileDocument { Document = profile } }, cancellationToken);
            if (stored?.Status.Code == StatusCodes.Ok)
            {
                return (true, $"{what}: version {stored.Version}");
            }

            reason = uploadError ?? Describe(stored!.Status);
            if (stored?.Status.Detail != StatusCodes.ModifiedSince)
            {
                break;
            }
        }

        return (false, $"{what}: failed: {reason}");
    }

    private static string Describe(Status status) =>
        $"{status.Code}/{status.ErrorType}{(status.Detail is null ? "" : "/" + status.Detail)}: {status.Comment}";
}
