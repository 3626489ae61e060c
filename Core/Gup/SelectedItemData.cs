using System.Xml.Linq;
using GupSoap.Contracts.Rp;

namespace GupSoap.Core.Gup;

/// <summary>TS 23.240 §4.4.5 Read Data result of one item: copies of the selected elements, or the selected attributes' values as text and in <c>value</c>.</summary>
public static class SelectedItemData
{
    public static ItemData Build(string? itemIdRef, IReadOnlyList<XObject> selected, bool targetsAttribute, long version, DateTime changeTime)
    {
        var (elements, text) = SelectedData.Of(selected, targetsAttribute);
        return new ItemData { ItemIdRef = itemIdRef, Version = version, ChangeTime = changeTime, Elements = elements, Text = text, Value = text };
    }
}
