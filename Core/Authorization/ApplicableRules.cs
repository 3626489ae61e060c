namespace GupSoap.Core.Authorization;

/// <summary>
/// The rules that apply to one request (requestor and operation match) and the default that decides when none
/// covers a node: the subscriber's, else the common one, else Deny (TS 23.240 §4.1.4 common and subscriber rules).
/// </summary>
internal sealed class ApplicableRules(IReadOnlyList<AuthorizationRule> rules, Effect defaultEffect)
{
    public IReadOnlyList<AuthorizationRule> Rules { get; } = rules;

    public Effect DefaultEffect { get; } = defaultEffect;

    /// <summary>True when any node at all might be permitted; false lets callers skip the document entirely.</summary>
    public bool MayPermit => DefaultEffect == Effect.Permit || Rules.Any(r => r.Effect == Effect.Permit);

    /// <summary>True when nothing can ever be denied, so a document passes unchanged.</summary>
    public bool PermitsEverything => DefaultEffect == Effect.Permit && Rules.All(r => r.Effect == Effect.Permit);
}
