using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Server.Merge;

/// <summary>TS 23.240 §4.3.5 / §5 proxy mode: one gup:Profile per resource from the component documents of all repositories.</summary>
public static class ProfileMerger
{
    private static readonly XNamespace Gup = Namespaces.Gup;

    /// <summary>
    /// Builds <c>&lt;gup:Profile resourceID=…&gt;</c> holding <paramref name="components"/> in the given order, in one pass
    /// over their nodes. Detached components are adopted by reference (and lose the namespace declarations that moved to
    /// the Profile or repeated one in scope); a component with a parent or a document is copied, the caller's tree untouched.
    /// </summary>
    public static XElement Merge(string resourceId, IEnumerable<XElement> components)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        ArgumentNullException.ThrowIfNull(components);
        var profile = new XElement(Gup + "Profile", new XAttribute(XNamespace.Xmlns + "gup", Gup.NamespaceName));
        var hoister = new NamespaceHoister(profile);
        foreach (var component in components)
        {
            if (component is null)
            {
                throw new ArgumentException("A component document is null.", nameof(components));
            }

            var owned = ComponentOwnership.Take(component);
            hoister.Hoist(owned);
            profile.Add(owned);
        }

        profile.Add(new XAttribute("resourceID", resourceId));
        return profile;
    }
}
