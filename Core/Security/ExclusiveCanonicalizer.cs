using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;

namespace GupSoap.Core.Security;

/// <summary>
/// Exclusive XML Canonicalization 1.0 without comments (Exc-C14N §3) of an element where it stands: the element is
/// copied node for node into a DOM (never re-serialised to text and re-parsed, SECURITY.md P15), every namespace its
/// ancestors declare is carried onto the copy so that visibly used and InclusiveNamespaces prefixes render as the
/// signer saw them, and the library transform does the canonicalization.
/// </summary>
internal static class ExclusiveCanonicalizer
{
    private static readonly XNamespace Xmlns = XNamespace.Xmlns;
    private const string XmlnsUri = "http://www.w3.org/2000/xmlns/";

    /// <summary>
    /// The digest of <paramref name="element"/>'s canonical form; <paramref name="omitChild"/>, a child element of it, is
    /// left out first (the enveloped-signature transform, XMLDSig §6.6.4).
    /// </summary>
    public static byte[] Digest(XElement element, XElement? omitChild, string? inclusivePrefixes, HashAlgorithmName hash)
    {
        var transform = Transform(element, omitChild, inclusivePrefixes);
        using var algorithm = XmlDsigAlgorithms.CreateHash(hash);
        return transform.GetDigestedOutput(algorithm);
    }

    /// <summary>The canonical octets themselves (signing and tests).</summary>
    public static byte[] Canonicalize(XElement element, XElement? omitChild, string? inclusivePrefixes)
    {
        var transform = Transform(element, omitChild, inclusivePrefixes);
        using var output = (MemoryStream)transform.GetOutput(typeof(Stream));
        return output.ToArray();
    }

    private static XmlDsigExcC14NTransform Transform(XElement element, XElement? omitChild, string? inclusivePrefixes)
    {
        var document = Copy(element, omitChild);
        var transform = inclusivePrefixes is null ? new XmlDsigExcC14NTransform() : new XmlDsigExcC14NTransform(false, inclusivePrefixes);
        transform.LoadInput(document);
        return transform;
    }

    /// <summary>A DOM copy of <paramref name="element"/> with its ancestors' namespace declarations on its root.</summary>
    internal static XmlDocument Copy(XElement element, XElement? omitChild)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = element.CreateReader())
        {
            document.Load(reader);
        }

        var root = document.DocumentElement!;
        if (omitChild is not null)
        {
            var index = element.Elements().TakeWhile(e => e != omitChild).Count();
            root.RemoveChild(root.ChildNodes.OfType<XmlElement>().ElementAt(index));
        }

        // Nearer declarations win (an empty one undeclares the default namespace for everything further up).
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            foreach (var attribute in ancestor.Attributes())
            {
                if (!attribute.IsNamespaceDeclaration)
                {
                    continue;
                }

                var prefixed = attribute.Name.Namespace == Xmlns;
                var name = prefixed ? "xmlns:" + attribute.Name.LocalName : "xmlns";
                // An element built in memory may use a namespace no one declared; never give its prefix another meaning.
                var conflicts = root.Prefix == (prefixed ? attribute.Name.LocalName : string.Empty) && root.NamespaceURI != attribute.Value;
                if (seen.Add(name) && attribute.Value.Length > 0 && !conflicts && !root.HasAttribute(name))
                {
                    var declaration = prefixed
                        ? document.CreateAttribute("xmlns", attribute.Name.LocalName, XmlnsUri)
                        : document.CreateAttribute(string.Empty, "xmlns", XmlnsUri);
                    declaration.Value = attribute.Value;
                    root.SetAttributeNode(declaration);
                }
            }
        }

        return document;
    }
}
