using System.Xml.Linq;

namespace GupSoap.Server.Merge;

/// <summary>TS 23.240 §5 proxy mode: which component documents the merged Profile may take over and which it must copy.</summary>
internal static class ComponentOwnership
{
    /// <summary>
    /// <paramref name="component"/> itself when it is detached; otherwise a deep copy that also declares, on its root,
    /// every binding it inherited from its ancestors, so every prefix keeps its meaning once the copy leaves them.
    /// </summary>
    public static XElement Take(XElement component)
    {
        // A document's root has no Parent but is still attached; adopting it would tear it out of the caller's document.
        if (component.Parent is null && component.Document is null)
        {
            return component;
        }

        var copy = new XElement(component);
        var seen = new HashSet<XName>(component.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => a.Name));
        for (var ancestor = component.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            foreach (var declaration in ancestor.Attributes())
            {
                if (declaration.IsNamespaceDeclaration && seen.Add(declaration.Name))
                {
                    copy.Add(new XAttribute(declaration.Name, declaration.Value));
                }
            }
        }

        return copy;
    }
}
