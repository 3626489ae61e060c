using System.Xml.Linq;

namespace GupSoap.Core.Xml;

/// <summary>Outcome of loading untrusted XML: the document, or why it was refused.</summary>
public readonly record struct SafeXmlLoadResult(XDocument? Document, string? Error)
{
    public bool Success => Document is not null;

    public static SafeXmlLoadResult Ok(XDocument document) => new(document, null);

    public static SafeXmlLoadResult Fail(string error) => new(null, error);
}
