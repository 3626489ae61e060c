using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// Data references on the Rp component view of a type with several documents per resource (ARCHITECTURE.md "Data
/// model"): the view holds every instance as a sibling, in instance-id order, so the component step and its predicate
/// pick instances (<c>[n]</c> by that order, <c>[@profileId='P']</c> by value) and the steps below it run inside each
/// one. With a single document this is exactly the walk of <see cref="DataReferenceWalker.SelectInComponent"/>.
/// </summary>
public static class InstanceSelection
{
    /// <summary>The indexes of the instances the component step of <paramref name="reference"/> selects; all for the whole profile.</summary>
    public static IReadOnlyList<int> Addressed(IReadOnlyList<XElement?> instances, DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentNullException.ThrowIfNull(reference);
        var addressed = new List<int>(instances.Count);
        var componentOnly = reference.ComponentStep is { } step ? new DataReference(step, []) : null;
        for (var i = 0; i < instances.Count; i++)
        {
            if (instances[i] is not { } instance)
            {
                continue;
            }

            var selected = reference.ComponentStep?.Predicate switch
            {
                null when componentOnly is null => true,
                // Positions count the instances of the view, not the one document the walker sees.
                PositionPredicate position => position.Position == i + 1 && DataReferenceWalker.SelectInComponent(instance, WithinInstance(componentOnly!)).Count > 0,
                _ => DataReferenceWalker.SelectInComponent(instance, componentOnly!).Count > 0,
            };
            if (selected)
            {
                addressed.Add(i);
            }
        }

        return addressed;
    }

    /// <summary>The reference to walk inside one addressed instance: its component step without the predicate that picked the instance.</summary>
    public static DataReference WithinInstance(DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ComponentStep is { Predicate: not null } step
            ? new DataReference(step.IsWildcard ? Step.AnyElement() : Step.Element(step.Name!), reference.Steps)
            : reference;
    }

    /// <summary>
    /// What <paramref name="reference"/> selects over the view, in instance order, with the index of every instance it
    /// selected something in.
    /// </summary>
    public static (IReadOnlyList<XObject> Selected, IReadOnlyList<int> Contributing, IReadOnlyList<int> Addressed) Select(IReadOnlyList<XElement?> instances, DataReference reference)
    {
        var addressed = Addressed(instances, reference);
        var within = WithinInstance(reference);
        var selected = new List<XObject>();
        var contributing = new List<int>();
        foreach (var i in addressed)
        {
            var found = DataReferenceWalker.SelectInComponent(instances[i]!, within);
            if (found.Count > 0)
            {
                selected.AddRange(found);
                contributing.Add(i);
            }
        }

        return (selected, contributing, addressed);
    }
}
