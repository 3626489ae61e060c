using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Core.Security;

/// <summary>
/// Strict same-document reference resolution (XMLDSig §4.4.3.3, SECURITY.md S7): a value names one element only if no
/// other element in the tree carries it in any ID-like attribute (<c>ID</c>, <c>Id</c>, <c>id</c>, in any namespace).
/// </summary>
internal static class XmlIdLookup
{
    private static readonly XName WsuId = XNamespace.Get(Namespaces.WsUtility) + "Id";

    /// <summary>True when the element is the only one in the whole tree of <paramref name="element"/> carrying <paramref name="id"/>.</summary>
    public static bool IsUnique(XElement element, string id)
    {
        var top = element.Document?.Root ?? element.AncestorsAndSelf().Last();
        foreach (var candidate in top.DescendantsAndSelf())
        {
            if (candidate != element && CarriesId(candidate, id))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// For each wanted id, the one element under <paramref name="root"/> carrying it in <c>wsu:Id</c>, <c>ID</c> or
    /// <c>Id</c>; null for an id carried by no element, by several, or only in some other ID-like attribute.
    /// </summary>
    public static Dictionary<string, XElement?> Resolve(XElement root, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, XElement?>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in root.DescendantsAndSelf())
        {
            foreach (var attribute in element.Attributes())
            {
                if (!IsIdLike(attribute) || !ids.Contains(attribute.Value))
                {
                    continue;
                }

                var usable = attribute.Name == WsuId || attribute.Name == "ID" || attribute.Name == "Id";
                if (found.TryGetValue(attribute.Value, out var earlier) ? earlier != element : !usable)
                {
                    ambiguous.Add(attribute.Value);
                }

                found[attribute.Value] = element;
            }
        }

        foreach (var id in ambiguous)
        {
            found[id] = null;
        }

        return found;
    }

    private static bool CarriesId(XElement element, string id)
    {
        foreach (var attribute in element.Attributes())
        {
            if (IsIdLike(attribute) && attribute.Value == id)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsIdLike(XAttribute attribute) =>
        !attribute.IsNamespaceDeclaration && attribute.Name.LocalName is "ID" or "Id" or "id";
}
