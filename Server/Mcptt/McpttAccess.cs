using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Security;
using GupSoap.Server.Authorization;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// Authorization of one CM request, as for Rg (TS 23.240 §4.1.4): the common rules and the user's own rules decide,
/// so a user reads and uploads their own profiles and others only what rules grant; a profile the requestor may do
/// nothing with answers "does not exist" (SECURITY.md A7). Administrators act as the deployment itself.
/// </summary>
internal sealed class McpttAccess
{
    private readonly McpttContext _cm;
    private readonly RgAccess? _rg;

    private McpttAccess(McpttContext cm, RafEndpoint raf, RgAccess? rg)
    {
        _cm = cm;
        Raf = raf;
        _rg = rg;
    }

    /// <summary>The RAF holding the user profiles of this MCPTT ID.</summary>
    public RafEndpoint Raf { get; }

    public bool IsAdministrator => _rg is null;

    public static async Task<(McpttAccess? Access, GupFailure? Failure)> LoadAsync(McpttContext cm, RequestorContext who, ResourceId resource, CancellationToken cancellationToken)
    {
        var locations = await cm.Rg.Locator.ForResourceAsync(resource.Value, cancellationToken);
        if (locations.Locate(ProfileSelect.Type) is not { } raf)
        {
            return (null, new GupFailure(Contracts.Liberty.StatusCodes.UnexpectedError, null, "No repository holds MCPTT user profiles."));
        }

        if (cm.Options.IsAdministrator(who))
        {
            return (new McpttAccess(cm, raf, null), null);
        }

        var (access, failure) = await RgAccess.LoadAsync(cm.Rg, who, resource, locations, cancellationToken);
        return access is null ? (null, failure) : (new McpttAccess(cm, raf, access), null);
    }

    /// <summary>
    /// Null when <paramref name="operation"/> is permitted on the whole profile documents, else why not; a profile the
    /// requestor may not know of is refused as <paramref name="notFound"/>, word for word what its absence answers.
    /// </summary>
    public GupFailure? Refusal(AccessOperation operation, GupFailure notFound) =>
        _rg?.Refusal(operation, ProfileSelect.Type, null) is { } refused
            ? refused.Detail == Contracts.Liberty.StatusCodes.DoesNotExist ? notFound : refused
            : null;

    /// <summary>One Rp request to the profiles' RAF: as the requestor, or for an administrator as the deployment itself.</summary>
    public Task<RpResult<TResponse>> SendAsync<TResponse>(string operation, object request, bool simulate, CancellationToken cancellationToken)
        where TResponse : RpResponse, new() =>
        _rg is null
            ? _cm.Rg.Rp.SendAsync<TResponse>(Raf, operation, request, simulate, _cm.Rg.System, cancellationToken)
            : _rg.SendAsync<TResponse>(Raf, operation, request, simulate, cancellationToken);
}
