namespace GupSoap.Core.Authorization;

/// <summary>
/// Whether a requestor has any access at all to a profile (SECURITY.md A7). A Permit counts unless, for each of its
/// operations, a whole-profile Deny of at least its priority shadows it; the default counts unless such a Deny
/// covers every operation.
/// </summary>
internal static class Grants
{
    public static bool Anything(IEnumerable<AuthorizationRule> requestorRules, Effect defaultEffect)
    {
        var rules = requestorRules.ToList();
        var shadow = new Dictionary<AccessOperation, int>();
        foreach (var deny in rules.Where(r => r.Effect == Effect.Deny && r.CoversWholeProfile))
        {
            foreach (var operation in deny.Operations)
            {
                shadow[operation] = shadow.TryGetValue(operation, out var p) ? Math.Max(p, deny.Priority) : deny.Priority;
            }
        }

        bool Open(AccessOperation operation, int priority) => !shadow.TryGetValue(operation, out var p) || p < priority;

        if (defaultEffect == Effect.Permit && AccessOperations.Every.Any(o => !shadow.ContainsKey(o)))
        {
            return true;
        }

        return rules.Any(r => r.Effect == Effect.Permit && r.Operations.Any(o => Open(o, r.Priority)));
    }
}
