using System.Xml.Linq;

namespace GupSoap.Raf.Data;

/// <summary>Where the schema puts a child among its siblings, so inserted data lands in a valid position.</summary>
public interface IChildOrder
{
    /// <summary>The position of <paramref name="child"/> in the content model of <paramref name="parent"/>, or -1 when the schema does not say.</summary>
    int IndexOf(XElement parent, XName child);

    /// <summary>Whether <paramref name="child"/> may occur more than once under <paramref name="parent"/>; true when the schema does not say.</summary>
    bool AllowsRepeat(XElement parent, XName child);
}
