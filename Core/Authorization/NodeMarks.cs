using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The nodes each applicable rule selects in a profile view, marked with the strongest such rule. Every Select is
/// evaluated once per component with <see cref="DataReferenceWalker"/>; a node's decision then also needs the marks
/// of its ancestors, which a top-down walk carries along (TS 23.240 §4.1.4: rules on profile, component, element).
/// </summary>
internal sealed class NodeMarks
{
    private readonly Dictionary<XObject, RuleMark> _marks = new(ReferenceEqualityComparer.Instance);

    private NodeMarks()
    {
    }

    /// <summary>The strongest rule selecting the whole profile (the <c>gup:Profile</c> element); it covers every node.</summary>
    public RuleMark? Profile { get; private set; }

    /// <summary>Marks the nodes the rules select in the given component documents, children of one profile view.</summary>
    public static NodeMarks Evaluate(IReadOnlyList<AuthorizationRule> rules, IReadOnlyList<XElement> components)
    {
        var marks = new NodeMarks();
        foreach (var rule in rules)
        {
            var mark = RuleMark.Of(rule);
            if (rule.CoversWholeProfile)
            {
                marks.Profile = RuleMark.Stronger(marks.Profile, mark);
                continue;
            }

            foreach (var target in rule.Targets)
            {
                foreach (var component in components)
                {
                    foreach (var node in DataReferenceWalker.SelectInComponent(component, target))
                    {
                        marks.Mark(node, mark);
                    }
                }
            }
        }

        return marks;
    }

    /// <summary>The strongest rule selecting exactly this node; null when none does.</summary>
    public RuleMark? Of(XObject node) => _marks.TryGetValue(node, out var mark) ? mark : null;

    private void Mark(XObject node, RuleMark mark) =>
        _marks[node] = _marks.TryGetValue(node, out var existing) ? RuleMark.Stronger(existing, mark)!.Value : mark;
}
