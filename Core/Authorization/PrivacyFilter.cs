using System.Xml.Linq;

namespace GupSoap.Core.Authorization;

/// <summary>
/// Copies what a requestor may see of a profile view, node by node (TS 23.240 §4.2.1.4 privacy check; SECURITY.md
/// A8): a node is decided by the strongest rule selecting it or an ancestor. A denied element that leads to
/// permitted data stays as a bare container: its namespace declarations and permitted attributes only, no text.
/// One pass over the document with an explicit stack (no recursion, whatever the depth); the input is never changed.
/// </summary>
internal sealed class PrivacyFilter(NodeMarks marks, Effect defaultEffect)
{
    /// <summary>Filters the <c>gup:Profile</c> envelope: its own attributes (resourceID) are kept whenever anything is, since they only repeat what was asked.</summary>
    public XElement? FilterProfile(XElement profile) => Filter(Open(profile, inherited: null, envelope: true));

    /// <summary>Filters one component document, a child of the profile view.</summary>
    public XElement? FilterComponent(XElement component) => Filter(Open(component, marks.Profile, envelope: false));

    private XElement? Filter(Frame root)
    {
        var open = new Stack<Frame>();
        open.Push(root);
        while (true)
        {
            var frame = open.Peek();
            if (frame.Next is { } node)
            {
                frame.Next = node.NextNode;
                if (node is XElement child)
                {
                    open.Push(Open(child, frame.Mark, envelope: false));
                }
                else if (frame.Permitted && Copy(node) is { } copy)
                {
                    frame.Content.Add(copy);
                }

                continue;
            }

            open.Pop();
            var kept = frame.HasData ? new XElement(frame.Element.Name, frame.Content) : null;
            if (open.Count == 0)
            {
                return kept;
            }

            if (kept is not null)
            {
                var parent = open.Peek();
                parent.Content.Add(kept);
                parent.HasData = true;
            }
        }
    }

    /// <summary>Decides the element and its attributes; its child nodes are visited afterwards, in order.</summary>
    private Frame Open(XElement element, RuleMark? inherited, bool envelope)
    {
        var mark = RuleMark.Stronger(inherited, envelope ? marks.Profile : marks.Of(element));
        var frame = new Frame(element, mark, RuleMark.Permits(mark, defaultEffect));
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration || envelope)
            {
                // Kept even on bare containers so prefixed names in permitted text stay resolvable.
                frame.Content.Add(new XAttribute(attribute));
            }
            else if (RuleMark.Permits(RuleMark.Stronger(mark, marks.Of(attribute)), defaultEffect))
            {
                frame.Content.Add(new XAttribute(attribute));
                frame.HasData = true;
            }
        }

        return frame;
    }

    private static XNode? Copy(XNode node) => node switch
    {
        XCData cdata => new XCData(cdata),
        XText text => new XText(text),
        XComment comment => new XComment(comment),
        XProcessingInstruction instruction => new XProcessingInstruction(instruction),
        _ => null,
    };

    /// <summary>One element being copied: its decision, what is kept so far, and the next child node to visit.</summary>
    private sealed class Frame(XElement element, RuleMark? mark, bool permitted)
    {
        public XElement Element { get; } = element;

        public RuleMark? Mark { get; } = mark;

        public bool Permitted { get; } = permitted;

        public bool HasData { get; set; } = permitted;

        public List<object> Content { get; } = [];

        public XNode? Next { get; set; } = element.FirstNode;
    }
}
