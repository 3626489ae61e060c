using System.Xml.Linq;

namespace GupSoap.Raf.Data;

/// <summary>Where the schema puts a child among its siblings, so inserted data lands in a valid position.</summary>
public interface IChildOrder
{
    /// <summary>The content model of <paramref name="parent"/>, looked up once for all the children placed under it.</summary>
    ChildContent Of(XElement parent);
}

/// <summary>The children a parent's content model declares, in document order, and whether each may repeat.</summary>
public sealed class ChildContent(IReadOnlyList<(XName Name, bool Repeatable)> slots)
{
    public static readonly ChildContent Unknown = new([]);

    /// <summary>The position of <paramref name="child"/> in the content model, or -1 when the schema does not say.</summary>
    public int IndexOf(XName child)
    {
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].Name == child)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether <paramref name="child"/> may occur more than once; true when the schema does not say.</summary>
    public bool AllowsRepeat(XName child)
    {
        var index = IndexOf(child);
        return index < 0 || slots[index].Repeatable;
    }
}
