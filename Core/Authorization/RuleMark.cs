namespace GupSoap.Core.Authorization;

/// <summary>
/// The strongest rule covering a node so far (gup.xsd: the highest Priority decides, Deny wins a tie), so the
/// decision for a node is one comparison per covering rule, carried down the tree.
/// </summary>
internal readonly record struct RuleMark(int Priority, Effect Effect)
{
    public static RuleMark Of(AuthorizationRule rule) => new(rule.Priority, rule.Effect);

    /// <summary>The mark that decides between two; null when neither covers.</summary>
    public static RuleMark? Stronger(RuleMark? a, RuleMark? b)
    {
        if (a is not { } x)
        {
            return b;
        }

        if (b is not { } y)
        {
            return a;
        }

        if (x.Priority != y.Priority)
        {
            return x.Priority > y.Priority ? x : y;
        }

        return x.Effect == Effect.Deny ? x : y;
    }

    /// <summary>True when the node so marked is permitted; with no covering rule the default decides.</summary>
    public static bool Permits(RuleMark? mark, Effect defaultEffect) =>
        (mark?.Effect ?? defaultEffect) == Effect.Permit;
}
