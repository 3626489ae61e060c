using System.Collections.Frozen;
using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>
/// One gup:Rule (TS 23.240 §4.1.4): requestor, target data, operations, effect and priority. Targets empty means
/// the whole profile; each target covers what it selects and everything below it.
/// </summary>
public sealed record AuthorizationRule
{
    public AuthorizationRule(
        string id,
        RequestorMatch requestorMatch,
        IEnumerable<DataReference> targets,
        IEnumerable<AccessOperation> operations,
        Effect effect,
        int priority = 0)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(requestorMatch);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(operations);
        Id = id;
        RequestorMatch = requestorMatch;
        Targets = targets.ToArray().AsReadOnly();
        if (Targets.Any(t => t is null))
        {
            throw new ArgumentException("A target is null.", nameof(targets));
        }

        Operations = operations.ToFrozenSet();
        if (Operations.Count == 0)
        {
            throw new ArgumentException("A rule covers at least one operation.", nameof(operations));
        }

        Effect = effect;
        Priority = priority;
    }

    public string Id { get; }

    public RequestorMatch RequestorMatch { get; }

    /// <summary>The parsed Select elements; empty for the whole profile.</summary>
    public IReadOnlyList<DataReference> Targets { get; }

    public IReadOnlySet<AccessOperation> Operations { get; }

    public Effect Effect { get; }

    /// <summary>Higher wins; an absent Priority is 0.</summary>
    public int Priority { get; }

    public bool Equals(AuthorizationRule? other) =>
        other is not null
        && Id == other.Id
        && RequestorMatch.Equals(other.RequestorMatch)
        && Targets.SequenceEqual(other.Targets)
        && Operations.SetEquals(other.Operations)
        && Effect == other.Effect
        && Priority == other.Priority;

    public override int GetHashCode() => HashCode.Combine(Id, RequestorMatch, Effect, Priority);

    /// <summary>True when no Select narrows the rule, or one of them is the whole profile.</summary>
    internal bool CoversWholeProfile => Targets.Count == 0 || Targets.Any(t => t.IsWholeProfile);
}
