namespace GupSoap.Core.Xml;

/// <summary>Caps applied to every untrusted XML document (SECURITY.md P5, P6, P9, P10, P11); bound from <c>Gup:Xml</c>.</summary>
public sealed class XmlLimits
{
    /// <summary>Largest accepted request body in bytes (P11). Default 1 MiB.</summary>
    public int MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Deepest element nesting, counted from the document element as depth 1 (P9).</summary>
    public int MaxDepth { get; set; } = 64;

    public int MaxAttributesPerElement { get; set; } = 64;

    /// <summary>Namespace declarations on one element (P10).</summary>
    public int MaxNamespaceDeclarationsPerElement { get; set; } = 32;

    /// <summary>Longest element or attribute name, prefix included.</summary>
    public int MaxNameLength { get; set; } = 256;

    /// <summary>Longest single text node or attribute value.</summary>
    public int MaxTextLength { get; set; } = 256 * 1024;

    /// <summary>Most elements in one document.</summary>
    public int MaxElements { get; set; } = 50_000;

    /// <summary>The same caps with another body limit (answers we read from peers may be larger than requests).</summary>
    public XmlLimits WithMaxBodyBytes(int maxBodyBytes)
    {
        var copy = (XmlLimits)MemberwiseClone();
        copy.MaxBodyBytes = maxBodyBytes;
        return copy;
    }
}
