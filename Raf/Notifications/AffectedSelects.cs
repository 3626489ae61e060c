using System.Xml.Linq;
using GupSoap.Core.DataReferences;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// Whether a change concerns a subscription (TS 23.240 §4.4.6): any change does when it names no data, a creation or
/// deletion always does, otherwise only a change of what one of its data references selects.
/// </summary>
internal static class AffectedSelects
{
    public static bool IsAffected(IReadOnlyList<DataReference> references, XElement? before, XElement? after)
    {
        if (before is null || after is null || references.Count == 0)
        {
            return true;
        }

        return references.Any(r => Text(DataReferenceWalker.SelectInComponent(before, r)) != Text(DataReferenceWalker.SelectInComponent(after, r)));
    }

    /// <summary>
    /// The selected nodes as one comparable string. An element compares by its markup (so a namespace declaration that
    /// moves counts as a change: one notification too many, never one too few); an attribute by name and value.
    /// </summary>
    private static string Text(IReadOnlyList<XObject> nodes) =>
        string.Join("\u0000", nodes.Select(n => n switch
        {
            XAttribute a => a.Name + "=" + a.Value,
            XNode node => node.ToString(SaveOptions.DisableFormatting),
            _ => "",
        }));
}
