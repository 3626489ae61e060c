using System.Xml.Linq;

namespace GupSoap.Tests.Unit.Merge;

/// <summary>What a merge must keep of one element: expanded names, attribute values, text and the prefixes declared in scope.</summary>
internal sealed record ElementShape(
    XName Name,
    IReadOnlyList<KeyValuePair<XName, string>> Attributes,
    string Text,
    IReadOnlyDictionary<string, string> Bindings);

/// <summary>Captures a tree before merging (merging may take it over) and compares a merged or re-parsed tree with it.</summary>
internal static class TreeShape
{
    public static IReadOnlyList<ElementShape> Capture(XElement root) =>
        [.. root.DescendantsAndSelf().Select(e => new ElementShape(
            e.Name,
            [.. e.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => KeyValuePair.Create(a.Name, a.Value))],
            TextOf(e),
            DeclaredInScope(e)))];

    /// <summary>Every element, attribute and text of <paramref name="actual"/> matches, in document order.</summary>
    public static void AssertSameNames(IReadOnlyList<ElementShape> expected, XElement actual)
    {
        var elements = actual.DescendantsAndSelf().ToList();
        Assert.HasCount(expected.Count, elements);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.AreEqual(expected[i].Name, elements[i].Name, $"element #{i}");
            var attributes = elements[i].Attributes().Where(a => !a.IsNamespaceDeclaration).ToList();
            Assert.HasCount(expected[i].Attributes.Count, attributes, $"attributes of {expected[i].Name} #{i}");
            foreach (var (name, value) in expected[i].Attributes)
            {
                Assert.AreEqual(value, elements[i].Attribute(name)?.Value, $"attribute {name} of {expected[i].Name} #{i}");
            }

            Assert.AreEqual(expected[i].Text, TextOf(elements[i]), $"text of {expected[i].Name} #{i}");
        }
    }

    /// <summary>Every prefix declared in scope of an element before merging resolves to the same URI there in <paramref name="actual"/>.</summary>
    public static void AssertBindingsKept(IReadOnlyList<ElementShape> expected, XElement actual)
    {
        var elements = actual.DescendantsAndSelf().ToList();
        Assert.HasCount(expected.Count, elements);
        for (var i = 0; i < expected.Count; i++)
        {
            foreach (var (prefix, uri) in expected[i].Bindings)
            {
                var resolved = prefix.Length == 0 ? elements[i].GetDefaultNamespace() : elements[i].GetNamespaceOfPrefix(prefix);
                Assert.AreEqual(uri, resolved?.NamespaceName, $"prefix '{prefix}' at {expected[i].Name} #{i}");
            }
        }
    }

    /// <summary>Both checks for each component, paired with the children of the Profile in order.</summary>
    public static void AssertProfileHolds(IReadOnlyList<IReadOnlyList<ElementShape>> components, XElement profile)
    {
        var children = profile.Elements().ToList();
        Assert.HasCount(components.Count, children);
        for (var i = 0; i < components.Count; i++)
        {
            AssertSameNames(components[i], children[i]);
            AssertBindingsKept(components[i], children[i]);
        }
    }

    private static string TextOf(XElement element) =>
        string.Concat(element.Nodes().OfType<XText>().Select(t => t.Value).Where(t => !string.IsNullOrWhiteSpace(t)));

    private static Dictionary<string, string> DeclaredInScope(XElement element)
    {
        var bindings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in element.AncestorsAndSelf().SelectMany(e => e.Attributes()).Where(a => a.IsNamespaceDeclaration))
        {
            var prefix = declaration.Name.Namespace == XNamespace.None ? string.Empty : declaration.Name.LocalName;
            bindings.TryAdd(prefix, declaration.Value);
        }

        return bindings;
    }
}
