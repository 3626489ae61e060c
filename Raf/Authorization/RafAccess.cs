using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Raf.Endpoints;

namespace GupSoap.Raf.Authorization;

/// <summary>
/// The RAF's own, final access decision (TS 23.240 §4.2.1.4). A token's scope is always enforced. The rules a RAF
/// can see are the operator's common rules and, when it holds them, the subscriber's gup:AuthorizationRules. A request
/// relayed by the GUP Server, or made with a redirect assertion the GUP Server granted, was already decided there with
/// all rules, so a RAF without the subscriber's rules adds nothing but the scope; a RAF holding them applies them again. Direct callers are judged on the rules visible here.
/// </summary>
internal static class RafAccess
{
    public static readonly XName RulesType = XName.Get("AuthorizationRules", Namespaces.Gup);

    /// <summary>The policy to apply (null: nothing to restrict) or why the request is refused.</summary>
    public static async Task<(AccessPolicy? Policy, GupFailure? Failure)> ForAsync(RafContext raf, SoapRequestContext context, string resourceId, XName type, string operation)
    {
        ArgumentNullException.ThrowIfNull(raf);
        ArgumentNullException.ThrowIfNull(context);
        var who = context.Who;
        if (who.IsSystem)
        {
            return (null, null);
        }

        if (who.Scope is { } scope && !Allows(scope, resourceId, type, operation))
        {
            return (null, GupFailure.Unauthorized("The token does not allow this operation on this data."));
        }

        var rulesHere = raf.Options.ComponentTypes.Contains(RulesType);
        // Relayed by the GUP Server, or a redirect assertion it granted: decided there with all rules.
        if ((who.Intermediary is not null || who.ScopeGrantedBy is not null) && !rulesHere)
        {
            return (null, null);
        }

        AuthorizationRules? subscriber = null;
        if (rulesHere && await raf.Store.ReadAsync(resourceId, RulesType, context.CancellationToken) is { } stored)
        {
            var (rules, error) = raf.Trees.Rules(stored);
            if (rules is null)
            {
                return (null, new GupFailure(StatusCodes.UnexpectedError, null, "The subscriber's authorization rules are unusable: " + error));
            }

            subscriber = rules;
        }

        var policy = new AccessPolicy(resourceId, raf.CommonRules.Current, subscriber);
        return policy.GrantsAnything(who) ? (policy, null) : (null, GupFailure.NoSuchComponent());
    }

    /// <summary>Null when <paramref name="operation"/> is certainly permitted on every target; else the refusal.</summary>
    public static async Task<GupFailure?> CheckWriteAsync(RafContext raf, SoapRequestContext context, string resourceId, XName type, string operation, AccessOperation access, IReadOnlyList<DataReference?> targets)
    {
        var (policy, failure) = await ForAsync(raf, context, resourceId, type, operation);
        if (failure is not null || policy is null)
        {
            return failure;
        }

        return targets.All(t => policy.Decide(context.Who, access, type, t) == AccessDecision.Permit)
            ? null
            : GupFailure.Unauthorized($"The requestor may not {access.ToString().ToLowerInvariant()} this data.");
    }

    /// <summary>List Data and Define Data span subscribers: only a relayed request or the common rules can allow them.</summary>
    public static GupFailure? CheckAcrossResources(RafContext raf, SoapRequestContext context, IEnumerable<XName> types, AccessOperation access)
    {
        ArgumentNullException.ThrowIfNull(raf);
        ArgumentNullException.ThrowIfNull(context);
        var who = context.Who;
        if (who.IsSystem || (who.Intermediary is not null && who.Scope is null))
        {
            return null;
        }

        var common = new AccessPolicy("", raf.CommonRules.Current, null);
        return types.All(t => common.Decide(who, access, t, null) == AccessDecision.Permit)
            ? null
            : GupFailure.Unauthorized($"The requestor may not {access.ToString().ToLowerInvariant()} these component types.");
    }

    /// <summary>False when the requestor's token is scoped and its scope leaves out this operation on this data.</summary>
    public static bool ScopeAllows(RequestorContext who, string resourceId, XName type, string operation)
    {
        ArgumentNullException.ThrowIfNull(who);
        return who.Scope is not { } scope || Allows(scope, resourceId, type, operation);
    }

    private static bool Allows(AccessScope scope, string resourceId, XName type, string operation) =>
        scope.ResourceId == resourceId
        && (scope.ComponentTypes.Count == 0 || scope.ComponentTypes.Contains(type.ToString()))
        && (scope.Operations.Count == 0 || scope.Operations.Contains(operation));
}
