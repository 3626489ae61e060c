using System.Xml.Linq;
using GupSoap.Core.Authorization;
using GupSoap.Core.Security;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// The effective decision for one application, operation and component (TS 23.240 §4.1.4), as the Rg decides it
/// (<see cref="AccessPolicy.Decide"/>), with the rule that decides it: among the matching rules touching the
/// component the highest priority, Deny winning a tie; none means the default effect.
/// </summary>
public sealed record RuleDecision(AccessDecision Decision, string DecidedBy)
{
    public static RuleDecision For(AuthorizationRules common, AuthorizationRules? subscriber, string resourceId, string application,
        AccessOperation operation, XName componentType)
    {
        var who = new RequestorContext
        {
            ProviderId = application,
            ApplicationId = application,
            Hplmn = true,
            Mechanism = ConsoleRequestor.Mechanism,
            Issuer = "console-what-if",
            AssertionId = "console-what-if",
        };
        var policy = new AccessPolicy(resourceId, common, subscriber);
        var decision = policy.Decide(who, operation, componentType, null);
        var deciding = common.Rules.Select(r => (Rule: r, Source: "common"))
            .Concat((subscriber?.Rules ?? []).Select(r => (Rule: r, Source: "subscriber")))
            .Where(r => r.Rule.Operations.Contains(operation) && r.Rule.RequestorMatch.Matches(who, resourceId) && Touches(r.Rule, componentType))
            .OrderByDescending(r => r.Rule.Priority)
            .ThenBy(r => r.Rule.Effect == Effect.Deny ? 0 : 1)
            .Select(r => $"rule {r.Rule.Id} ({r.Source})")
            .FirstOrDefault();
        var defaultEffect = subscriber?.DefaultEffect ?? common.DefaultEffect ?? Effect.Deny;
        return new RuleDecision(decision, deciding ?? $"default effect {defaultEffect}");
    }

    public string Answer => Decision switch
    {
        AccessDecision.Permit => "yes",
        AccessDecision.Deny => "no",
        _ => "partly",
    };

    private static bool Touches(AuthorizationRule rule, XName componentType) =>
        rule.Targets.Count == 0 || rule.Targets.Any(t => t.IsWholeProfile || t.ComponentStep?.Name is null || t.ComponentStep.Name == componentType);
}
