using System.Xml.Linq;

namespace GupSoap.Core.Gup;

/// <summary>
/// What a data reference selected, as message content (TS 23.240 §4.4.5): copies of the selected elements, or the
/// selected attributes' values as text. Read Data, Notify Data and the relayed Notify all carry data this way.
/// </summary>
public static class SelectedData
{
    public static (XElement[]? Elements, string? Text) Of(IReadOnlyList<XObject> selected, bool targetsAttribute)
    {
        ArgumentNullException.ThrowIfNull(selected);
        var elements = selected.OfType<XElement>().Select(e => new XElement(e)).ToArray();
        return (elements.Length > 0 ? elements : null, targetsAttribute ? string.Join(" ", selected.OfType<XAttribute>().Select(a => a.Value)) : null);
    }
}
