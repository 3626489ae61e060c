using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>
/// Decides for a target without the document (TS 23.240 §4.2.1.4, before fan-out): Permit only when every node at
/// or below the target is certainly permitted, Deny only when certainly none is, Partial otherwise.
/// </summary>
internal static class StaticDecision
{
    public static AccessDecision Decide(ApplicableRules applicable, IReadOnlyList<Step> target)
    {
        int? certainPermit = null, certainDeny = null, overlappingPermit = null, overlappingDeny = null;
        foreach (var rule in applicable.Rules)
        {
            var covers = rule.CoversWholeProfile || rule.Targets.Any(t => ReferenceRelation.Covers(t, target));
            var overlaps = covers || rule.Targets.Any(t => ReferenceRelation.MayOverlap(t, target));
            if (rule.Effect == Effect.Permit)
            {
                certainPermit = Max(certainPermit, covers ? rule.Priority : null);
                overlappingPermit = Max(overlappingPermit, overlaps ? rule.Priority : null);
            }
            else
            {
                certainDeny = Max(certainDeny, covers ? rule.Priority : null);
                overlappingDeny = Max(overlappingDeny, overlaps ? rule.Priority : null);
            }
        }

        var defaultPermits = applicable.DefaultEffect == Effect.Permit;

        // Every node is covered by the certain permit, and no deny that might touch a node can outrank it (a tie goes to Deny).
        if ((certainPermit is { } p && !(overlappingDeny >= p)) || (defaultPermits && overlappingDeny is null))
        {
            return AccessDecision.Permit;
        }

        if ((overlappingPermit is null && !defaultPermits) || (certainDeny is { } d && !(overlappingPermit > d)))
        {
            return AccessDecision.Deny;
        }

        return AccessDecision.Partial;
    }

    private static int? Max(int? current, int? candidate) =>
        candidate is { } c && (current is not { } m || c > m) ? c : current;
}
