using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// The user profiles of one MCPTT ID in the GUP store, over Rp like every component (TS 23.240 §4.4): each profile id
/// is one mcpttup:mcptt-user-profile document with its own version and change time.
/// </summary>
internal sealed class ProfileRepository(McpttContext cm, McpttAccess access, ResourceId resource)
{
    /// <summary>The profile, or <c>DataUnavailable/DoesNotExist</c> when the user has no profile of that id.</summary>
    public async Task<(StoredProfile? Profile, GupFailure? Failure)> ReadAsync(string profileId, CancellationToken cancellationToken)
    {
        var (profiles, failure) = await ReadAsync(ProfileSelect.Of(profileId), cancellationToken);
        return profiles?.FirstOrDefault(p => p.ProfileId == profileId) is { } profile
            ? (profile, null)
            : (null, failure ?? NoSuchProfile(profileId));
    }

    /// <summary>Every profile of the MCPTT ID (none: <c>DataUnavailable/DoesNotExist</c>).</summary>
    public async Task<(IReadOnlyList<StoredProfile>? Profiles, GupFailure? Failure)> ReadAllAsync(CancellationToken cancellationToken)
    {
        var (profiles, failure) = await ReadAsync(ProfileSelect.All, cancellationToken);
        return profiles is { Count: > 0 } ? (profiles, null) : (null, failure ?? NoProfiles);
    }

    /// <summary>Stores a new profile (version 1) with Rp Create Component; with <paramref name="simulate"/> only checks it.</summary>
    public async Task<(long Version, GupFailure? Failure)> CreateAsync(System.Xml.Linq.XElement document, bool simulate, CancellationToken cancellationToken)
    {
        var locations = await cm.Rg.Locator.ForResourceAsync(resource.Value, cancellationToken);
        var recorded = !simulate && !locations.IsRecorded(ProfileSelect.Type);
        if (recorded)
        {
            // Recorded first, so a crash in between leaves a placement pointing at nothing, never a lost profile.
            await cm.Rg.Locator.RecordAsync(resource.Value, ProfileSelect.Type, access.Raf, CancellationToken.None);
        }

        var result = await access.SendAsync<CreateComponentResponse>(RpOperations.CreateComponent,
            Addressed(new CreateComponentRequest { NewData = new AnyContent { Elements = [document] } }), simulate, cancellationToken);
        if (result.Failure is { } failure)
        {
            if (recorded && result.Unavailable is null && failure.Detail != StatusCodes.ExistsAlready)
            {
                await cm.Rg.Locator.ForgetAsync(resource.Value, ProfileSelect.Type, CancellationToken.None);
            }

            return (0, failure);
        }

        return (result.Response?.Version ?? 1, null);
    }

    /// <summary>
    /// Replaces the profile's document unless it changed after <paramref name="notChangedSince"/> (then
    /// <c>ModifiedSince</c>, nothing written): the repository checks and writes in one transaction, so of two
    /// concurrent replacements based on the same read exactly one succeeds.
    /// </summary>
    public async Task<(long Version, GupFailure? Failure)> ReplaceAsync(string profileId, System.Xml.Linq.XElement document, DateTime notChangedSince, bool simulate, CancellationToken cancellationToken)
    {
        var result = await access.SendAsync<ModifyDataResponse>(RpOperations.ModifyData, Addressed(new ModifyDataRequest
        {
            Modifications =
            [
                new Modification
                {
                    Select = ProfileSelect.Of(profileId),
                    NewData = new ValueContent { Elements = [document] },
                    OverrideAllowed = true,
                    NotChangedSince = notChangedSince,
                    NotChangedSinceSpecified = true,
                },
            ],
        }), simulate, cancellationToken);
        return result.Failure is { } failure ? (0, failure) : (result.Response?.Version ?? 0, null);
    }

    public static GupFailure NoProfiles => GupFailure.DoesNotExist("The MCPTT ID has no user profiles.");

    public static GupFailure NoSuchProfile(string profileId) =>
        GupFailure.DoesNotExist($"The MCPTT ID has no user profile '{profileId}'.");

    private async Task<(List<StoredProfile>? Profiles, GupFailure? Failure)> ReadAsync(DataSelect select, CancellationToken cancellationToken)
    {
        var result = await access.SendAsync<ReadDataResponse>(RpOperations.ReadData,
            Addressed(new ReadDataRequest { Items = [new ReadItem { ItemId = "profiles", Select = select }] }), simulate: false, cancellationToken);
        if (result.Failure is { } failure)
        {
            return (null, failure.Detail == StatusCodes.DoesNotExist ? null : failure);
        }

        var data = result.Response?.Data?.FirstOrDefault();
        var documents = (data?.Elements ?? []).Where(e => e.Name == ProfileSelect.Type).ToList();
        // One document: the item's version is its own. Several: each carries the version its repository stored it as.
        return (documents.Select(d => new StoredProfile(d, documents.Count == 1 ? data!.Version : StoredProfile.DeclaredVersion(d) ?? data!.Version, data!.ChangeTime)).ToList(), null);
    }

    private T Addressed<T>(T request)
        where T : RpComponentRequest
    {
        request.ResourceId = resource;
        request.ComponentType = RgTarget.QName(ProfileSelect.Type);
        return request;
    }
}
