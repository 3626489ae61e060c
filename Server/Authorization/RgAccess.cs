using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Security;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Authorization;

/// <summary>
/// The access decision context of one Rg request (TS 23.240 §4.1.4, §4.2.1.4): who asks, the profile's rules (common
/// rules plus the subscriber's gup:AuthorizationRules, read fresh from its RAF), and whether the profile must look
/// absent to this requestor (SECURITY.md A7). Every Rp call of the request goes through <see cref="SendAsync"/>.
/// </summary>
internal sealed class RgAccess
{
    public static readonly XName RulesType = XName.Get("AuthorizationRules", Namespaces.Gup);

    private readonly RgContext _rg;

    private RgAccess(RgContext rg, RequestorContext who, AccessPolicy policy)
    {
        _rg = rg;
        Who = who;
        Policy = policy;
        Concealed = !policy.GrantsAnything(who);
    }

    public RequestorContext Who { get; }

    public AccessPolicy Policy { get; }

    /// <summary>The requestor may do nothing with this profile: every RAF answer is "no such component".</summary>
    public bool Concealed { get; }

    /// <summary>Loads the profile's rules; a rules RAF that cannot answer refuses the request (fail closed).</summary>
    public static async Task<(RgAccess? Access, GupFailure? Failure)> LoadAsync(RgContext rg, RequestorContext who, ResourceId resource, ProfileLocations locations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rg);
        ArgumentNullException.ThrowIfNull(resource);
        AuthorizationRules? subscriberRules = null;
        if (!who.IsSystem && locations.Locate(RulesType) is { } raf)
        {
            var read = new ReadDataRequest { ResourceId = resource, ComponentType = RgTarget.QName(RulesType), Items = [ComponentRead.WholeComponentReadItem(RulesType)] };
            var result = await rg.Rp.SendAsync<ReadDataResponse>(raf, RpOperations.ReadData, read, simulate: false, rg.System, cancellationToken);
            if (result.Failure is { Detail: not StatusCodes.DoesNotExist } failure)
            {
                return (null, new GupFailure(StatusCodes.UnexpectedError, null, "The subscriber's authorization rules could not be read: " + failure.Comment));
            }

            if (result.Response?.Data?.FirstOrDefault()?.Elements is [var document])
            {
                var (rules, error) = rg.SubscriberRules.Read(resource.Value!, document);
                if (rules is null)
                {
                    return (null, new GupFailure(StatusCodes.UnexpectedError, null, "The subscriber's authorization rules are unusable: " + error));
                }

                subscriberRules = rules;
            }
        }

        return (new RgAccess(rg, who, new AccessPolicy(resource.Value!, rg.CommonRules.Current, subscriberRules)), null);
    }

    /// <summary>Sends one Rp request for this requestor, or answers as a RAF without the component when concealed.</summary>
    public Task<RpResult<TResponse>> SendAsync<TResponse>(RafEndpoint raf, string operation, object request, bool simulate, CancellationToken cancellationToken)
        where TResponse : RpResponse, new() =>
        Concealed
            ? Task.FromResult(RpResult.Refused<TResponse>(raf, GupFailure.NoSuchComponent()))
            : _rg.Rp.SendAsync<TResponse>(raf, operation, request, simulate, Who, cancellationToken);

    /// <summary>
    /// For reads that are filtered afterwards (Subscribe): null unless nothing of the target can be visible.
    /// </summary>
    public GupFailure? RefusalOfAllOf(AccessOperation operation, XName componentType, DataReference? target)
    {
        if (Concealed)
        {
            return GupFailure.NoSuchComponent();
        }

        return Policy.Decide(Who, operation, componentType, target) == AccessDecision.Deny
            ? GupFailure.Unauthorized($"The requestor may not {operation.ToString().ToLowerInvariant()} this data.")
            : null;
    }

    /// <summary>
    /// Null when the operation is certainly permitted on all of the target; else why not. With
    /// <paramref name="conceal"/>, a profile the requestor may do nothing with answers "no such component".
    /// </summary>
    public GupFailure? Refusal(AccessOperation operation, XName componentType, DataReference? target, bool conceal = true)
    {
        if (Concealed && conceal)
        {
            return GupFailure.NoSuchComponent();
        }

        return Policy.Decide(Who, operation, componentType, target) == AccessDecision.Permit
            ? null
            : GupFailure.Unauthorized($"The requestor may not {operation.ToString().ToLowerInvariant()} this data.");
    }
}
