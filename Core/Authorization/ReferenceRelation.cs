using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>
/// How a rule's Select relates to a requested target without looking at the document (TS 23.240 §4.2.1.4 checks
/// before the data is fetched). Both are compared as step paths from the profile: the component step, then the
/// steps below it. The answers err on the safe side: <see cref="Covers"/> only when certain, <see cref="MayOverlap"/>
/// whenever unsure.
/// </summary>
internal static class ReferenceRelation
{
    /// <summary>True when every node the target selects (and so everything below it) is certainly selected by <paramref name="select"/> or lies below a node it selects.</summary>
    public static bool Covers(DataReference select, IReadOnlyList<Step> target)
    {
        var path = Path(select);
        if (path.Count > target.Count)
        {
            return false;
        }

        for (var i = 0; i < path.Count; i++)
        {
            if (!StepCovers(path[i], target[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True unless the select certainly selects nothing at, below or above the target: the paths may meet wherever their common prefix may name the same nodes.</summary>
    public static bool MayOverlap(DataReference select, IReadOnlyList<Step> target)
    {
        var path = Path(select);
        var common = Math.Min(path.Count, target.Count);
        for (var i = 0; i < common; i++)
        {
            if (!StepsMayMeet(path[i], target[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The steps from the profile: empty for the whole profile.</summary>
    public static IReadOnlyList<Step> Path(DataReference reference) =>
        reference.ComponentStep is { } component ? [component, .. reference.Steps] : [];

    /// <summary>
    /// A step covers another when it matches a superset of nodes under the same parents: same kind, wildcard or
    /// equal name, and no predicate or an equal one. A position counts among same-named siblings, so equal
    /// positions only compare under equal names.
    /// </summary>
    private static bool StepCovers(Step outer, Step inner)
    {
        if (outer.IsAttribute != inner.IsAttribute || (outer.Name is not null && outer.Name != inner.Name))
        {
            return false;
        }

        return outer.Predicate is null
            || (outer.Predicate == inner.Predicate && (outer.Predicate is not PositionPredicate || outer.Name == inner.Name));
    }

    /// <summary>Predicates are ignored: two steps of the same kind with compatible names may always meet.</summary>
    private static bool StepsMayMeet(Step a, Step b) =>
        a.IsAttribute == b.IsAttribute && (a.Name is null || b.Name is null || a.Name == b.Name);
}
