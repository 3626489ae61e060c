using System.Xml.Linq;
using GupSoap.Core.DataReferences;
using GupSoap.Raf.Endpoints;

namespace GupSoap.Raf.Notifications;

/// <summary>
/// Whether a change concerns a subscription (TS 23.240 §4.4.6): any change does when it names no data, a creation or
/// deletion always does, otherwise only a change of what one of its data references selects. For a type with several
/// documents per resource, a change of one instance concerns only the references whose component step can name it.
/// </summary>
internal static class AffectedSelects
{
    public static bool IsAffected(IReadOnlyList<DataReference> references, XElement? before, XElement? after, bool multiInstance = false)
    {
        if (references.Count == 0)
        {
            return true;
        }

        if (multiInstance)
        {
            references = Concerning(references, before, after);
            if (references.Count == 0)
            {
                return false;
            }
        }

        if (before is null || after is null)
        {
            return true;
        }

        return references.Any(r => Text(DataReferenceWalker.SelectInComponent(before, r)) != Text(DataReferenceWalker.SelectInComponent(after, r)));
    }

    /// <summary>
    /// The references that may name the changed instance (in its state before or after), made relative to it. A
    /// positional component step counts the instances of the view, which one document cannot tell: it is kept (one
    /// notification too many, never one too few).
    /// </summary>
    public static IReadOnlyList<DataReference> Concerning(IReadOnlyList<DataReference> references, XElement? before, XElement? after) =>
        references.Where(r => Names(r, before) || Names(r, after)).Select(InstanceSelection.WithinInstance).ToList();

    private static bool Names(DataReference reference, XElement? instance) =>
        instance is not null && (reference.ComponentStep is not { } step || step.Predicate is null or PositionPredicate
            || DataReferenceWalker.SelectInComponent(instance, new DataReference(step, [])).Count > 0);

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
