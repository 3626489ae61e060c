using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Core.DataReferences;

namespace GupSoap.Core.Authorization;

/// <summary>
/// Reads gup:Target: each Select is a data reference whose prefixes resolve in scope of that Select, then against
/// the well-known ones (PROTOCOL.md "Data references"); no Select means the whole profile.
/// </summary>
internal static class TargetReader
{
    public static (IReadOnlyList<DataReference>? Targets, string? Error) Read(XElement element)
    {
        if (RuleText.HasStrayText(element))
        {
            return (null, "has a Target holding text; only gup:Select elements are allowed.");
        }

        var targets = new List<DataReference>();
        foreach (var select in element.Elements())
        {
            var number = targets.Count + 1;
            if (select.Name != RuleNames.Select)
            {
                return (null, RuleText.Format($"has the unexpected element {RuleText.Echo(select.Name.LocalName)} in its Target."));
            }

            var text = RuleText.TextOnly(select);
            if (text is null)
            {
                return (null, RuleText.Format($"has Select {number} holding elements."));
            }

            var parsed = DataReferenceParser.Parse(text, WellKnownPrefixes.After(prefix => select.GetNamespaceOfPrefix(prefix)?.NamespaceName));
            if (!parsed.Success)
            {
                return (null, RuleText.Format($"has an invalid Select {number}: {parsed.Error}"));
            }

            targets.Add(parsed.Reference);
        }

        return (targets.AsReadOnly(), null);
    }
}
