using System.Xml.Linq;

namespace GupSoap.Server.Merge;

/// <summary>
/// TS 23.240 §5 proxy mode: moves the namespace declarations of component documents up to their <c>gup:Profile</c>
/// without changing what any prefix means at any node, so prefixed QNames in text (data references, xsi:type) still resolve.
/// </summary>
/// <remarks>
/// Per declaration, in document order: a binding already in scope is dropped; a prefix unbound in the whole path up to
/// the Profile moves to the Profile; anything else (a conflict, a shadowing, the default namespace) stays where it is.
/// The default namespace never moves: the Profile is prefixed, but an unprefixed QName in text under a component that
/// declared no default would then resolve to another component's namespace.
/// </remarks>
internal sealed class NamespaceHoister
{
    /// <summary>More distinct prefixes than this stay on their elements: each attribute added to an element costs a scan of its attributes.</summary>
    internal const int MaxHoistedDeclarations = 64;

    private readonly XElement _profile;
    private readonly NamespaceScope _scope = new();
    private readonly List<XAttribute> _dropped = [];
    private int _hoisted;

    /// <summary>Starts from the Profile's own declarations (and the implicit <c>xml</c> prefix).</summary>
    public NamespaceHoister(XElement profile)
    {
        _profile = profile;
        _scope.BindOnProfile("xml", XNamespace.Xml.NamespaceName);
        foreach (var declaration in profile.Attributes().Where(a => a.IsNamespaceDeclaration))
        {
            _scope.BindOnProfile(PrefixOf(declaration), declaration.Value);
        }
    }

    /// <summary>Walks <paramref name="component"/> (to become a child of the Profile) once, in document order, without recursion.</summary>
    public void Hoist(XElement component)
    {
        var current = component;
        while (true)
        {
            _scope.Enter();
            Visit(current);
            if (FirstChildElement(current) is { } child)
            {
                current = child;
                continue;
            }

            while (true)
            {
                _scope.Leave();
                if (current == component)
                {
                    return;
                }

                if (NextSiblingElement(current) is { } sibling)
                {
                    current = sibling;
                    break;
                }

                current = current.Parent!;
            }
        }
    }

    private void Visit(XElement element)
    {
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration)
            {
                Decide(attribute);
            }
        }

        foreach (var attribute in _dropped)
        {
            attribute.Remove();
        }

        _dropped.Clear();
    }

    private void Decide(XAttribute declaration)
    {
        var prefix = PrefixOf(declaration);
        var uri = declaration.Value;
        var inScope = _scope.Lookup(prefix);
        if (inScope == uri)
        {
            _dropped.Add(declaration);
        }
        else if (inScope is null && prefix.Length > 0 && uri.Length > 0 && _hoisted < MaxHoistedDeclarations)
        {
            _profile.Add(new XAttribute(declaration.Name, uri));
            _scope.BindOnProfile(prefix, uri);
            _hoisted++;
            _dropped.Add(declaration);
        }
        else
        {
            _scope.BindOnElement(prefix, uri);
        }
    }

    private static string PrefixOf(XAttribute declaration) =>
        declaration.Name.Namespace == XNamespace.None ? string.Empty : declaration.Name.LocalName;

    private static XElement? FirstChildElement(XElement element)
    {
        var node = element.FirstNode;
        while (node is not null and not XElement)
        {
            node = node.NextNode;
        }

        return (XElement?)node;
    }

    private static XElement? NextSiblingElement(XElement element)
    {
        var node = element.NextNode;
        while (node is not null and not XElement)
        {
            node = node.NextNode;
        }

        return (XElement?)node;
    }
}
