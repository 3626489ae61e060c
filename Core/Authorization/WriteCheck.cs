using System.Xml.Linq;

namespace GupSoap.Core.Authorization;

/// <summary>
/// The RAF's final check before a write (TS 23.240 §4.2.1.4): every target node and everything below it is
/// permitted on the stored document, judged by the same per-node rule as <see cref="PrivacyFilter"/>.
/// </summary>
internal sealed class WriteCheck(NodeMarks marks, Effect defaultEffect, XElement component)
{
    public bool PermitsAll(IEnumerable<XObject> targets)
    {
        foreach (var target in targets)
        {
            if (!PermitsTarget(target))
            {
                return false;
            }
        }

        return true;
    }

    private bool PermitsTarget(XObject target) => target switch
    {
        XElement element => TryInherited(element, out var above) && PermitsSubtree(element, above),
        XAttribute { Parent: { } owner } attribute =>
            TryInherited(owner, out var above) && Permits(RuleMark.Stronger(Stronger(above, owner), marks.Of(attribute))),
        XText { Parent: { } parent } => TryInherited(parent, out var above) && Permits(Stronger(above, parent)),
        _ => false,
    };

    /// <summary>The strongest mark from the profile down to the parent of <paramref name="element"/>; false when the element is not in the component.</summary>
    private bool TryInherited(XElement element, out RuleMark? mark)
    {
        mark = marks.Profile;
        if (ReferenceEquals(element, component))
        {
            return true;
        }

        var chain = new List<XElement>();
        for (var current = element.Parent; current is not null; current = current.Parent)
        {
            chain.Add(current);
            if (ReferenceEquals(current, component))
            {
                for (var i = chain.Count - 1; i >= 0; i--)
                {
                    mark = Stronger(mark, chain[i]);
                }

                return true;
            }
        }

        // A node of another document says nothing about this one: refuse rather than guess.
        mark = null;
        return false;
    }

    private bool PermitsSubtree(XElement root, RuleMark? inherited)
    {
        var pending = new Stack<(XElement Element, RuleMark? Inherited)>();
        pending.Push((root, inherited));
        while (pending.Count > 0)
        {
            var (element, above) = pending.Pop();
            var mark = Stronger(above, element);
            if (!Permits(mark))
            {
                return false;
            }

            foreach (var attribute in element.Attributes())
            {
                if (!attribute.IsNamespaceDeclaration && !Permits(RuleMark.Stronger(mark, marks.Of(attribute))))
                {
                    return false;
                }
            }

            foreach (var child in element.Elements())
            {
                pending.Push((child, mark));
            }
        }

        return true;
    }

    private bool Permits(RuleMark? mark) => RuleMark.Permits(mark, defaultEffect);

    private RuleMark? Stronger(RuleMark? above, XElement element) => RuleMark.Stronger(above, marks.Of(element));
}
