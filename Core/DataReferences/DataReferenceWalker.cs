using System.Xml.Linq;

namespace GupSoap.Core.DataReferences;

/// <summary>
/// Evaluates a <see cref="DataReference"/> on one component document by walking the tree, never through XPath
/// (PROTOCOL.md data references; TS 23.240 §4.1.3; SECURITY.md X1, X2). Each step visits every child of the current
/// nodes at most once, so a walk is linear in the size of the component times the number of steps.
/// </summary>
public static class DataReferenceWalker
{
    /// <summary>True when the reference may address a component of <paramref name="componentType"/>: whole profile, <c>*</c> or that name.</summary>
    public static bool MatchesComponent(XName componentType, DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        ArgumentNullException.ThrowIfNull(reference);
        return reference.ComponentStep is not { Name: { } name } || name == componentType;
    }

    /// <summary>
    /// The elements or attributes selected in <paramref name="component"/> (the root of a component document), in
    /// document order; <c>[component]</c> for the whole profile or the component itself; empty when the component
    /// step does not match.
    /// </summary>
    public static IReadOnlyList<XObject> SelectInComponent(XElement component, DataReference reference)
    {
        ArgumentNullException.ThrowIfNull(component);
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.ComponentStep is not { } componentStep)
        {
            return [component];
        }

        // One component of a type per resource, so the component is the first and only sibling of its kind.
        if ((componentStep.Name is { } name && name != component.Name) || !Matches(component, 1, componentStep.Predicate))
        {
            return [];
        }

        // Context nodes always share one depth, so appending each one's children in turn keeps document order.
        var context = new List<XElement> { component };
        foreach (var step in reference.Steps)
        {
            if (step.IsAttribute)
            {
                return SelectAttributes(context, step.Name!);
            }

            var next = new List<XElement>();
            foreach (var parent in context)
            {
                SelectChildren(parent, step, next);
            }

            if (next.Count == 0)
            {
                return [];
            }

            context = next;
        }

        return context.AsReadOnly();
    }

    private static void SelectChildren(XElement parent, Step step, List<XElement> output)
    {
        var children = step.Name is null ? parent.Elements() : parent.Elements(step.Name);
        var position = 0;
        foreach (var child in children)
        {
            position++;
            if (step.Predicate is PositionPredicate wanted)
            {
                if (position == wanted.Position)
                {
                    output.Add(child);
                    return;
                }
            }
            else if (Matches(child, position, step.Predicate))
            {
                output.Add(child);
            }
        }
    }

    private static XAttribute[] SelectAttributes(List<XElement> context, XName name)
    {
        var output = new List<XAttribute>();
        foreach (var element in context)
        {
            if (FindAttribute(element, name) is { } attribute)
            {
                output.Add(attribute);
            }
        }

        return [.. output];
    }

    private static bool Matches(XElement element, int position, Predicate? predicate) => predicate switch
    {
        null => true,
        PositionPredicate p => p.Position == position,
        AttributePredicate a => FindAttribute(element, a.Name) is { } attribute && string.Equals(attribute.Value, a.Literal, StringComparison.Ordinal),
        ChildPredicate c => element.Elements(c.Name).Any(child => StringValueEquals(child, c.Literal)),
        _ => false,
    };

    /// <summary>Namespace declarations are not attributes in the data model (as in XPath), so they are never selected.</summary>
    private static XAttribute? FindAttribute(XElement element, XName name) =>
        element.Attribute(name) is { IsNamespaceDeclaration: false } attribute ? attribute : null;

    /// <summary>
    /// Compares the element's string value (its descendant text, concatenated) with <paramref name="literal"/>
    /// without building it, stopping at the first difference.
    /// </summary>
    private static bool StringValueEquals(XElement element, string literal)
    {
        var matched = 0;
        foreach (var node in element.DescendantNodes())
        {
            if (node is not XText text)
            {
                continue;
            }

            var value = text.Value;
            if (value.Length > literal.Length - matched
                || !literal.AsSpan(matched, value.Length).SequenceEqual(value))
            {
                return false;
            }

            matched += value.Length;
        }

        return matched == literal.Length;
    }
}
