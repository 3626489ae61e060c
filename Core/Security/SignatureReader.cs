using System.Xml;
using System.Xml.Linq;
using static GupSoap.Core.Security.SignatureNames;

namespace GupSoap.Core.Security;

/// <summary>
/// Reads a ds:Signature strictly (XMLDSig §4): schema order, allow-listed algorithms, no unknown children or
/// attributes. Counts are checked before anything is decoded, so a hostile signature costs a few element visits (S16).
/// KeyInfo is skipped unread: keys come only from configuration (S4).
/// </summary>
internal static class SignatureReader
{
    private const int MaxBase64Characters = 8192;
    private static readonly XName Algorithm = "Algorithm";

    public static (SignatureParts? Parts, string? Error) Read(XElement signature, SignatureLimits limits)
    {
        var children = ElementChildren(signature, ["Id"]);
        if (children is null || children.Count is < 2 or > 3 || children[0].Name != SignedInfo || children[1].Name != SignatureValue
            || (children.Count == 3 && children[2].Name != KeyInfo))
        {
            return (null, "Signature must hold SignedInfo, SignatureValue and an optional KeyInfo, in that order.");
        }

        var signedInfo = children[0];
        var parts = ElementChildren(signedInfo, ["Id"]);
        if (parts is null || parts.Count < 3 || parts[0].Name != CanonicalizationMethod || parts[1].Name != SignatureMethod
            || parts.Skip(2).Any(p => p.Name != Reference))
        {
            return (null, "SignedInfo must hold CanonicalizationMethod, SignatureMethod and References, in that order.");
        }

        if (parts.Count - 2 > limits.MaxReferences)
        {
            return (null, $"More than {limits.MaxReferences} references.");
        }

        var c14n = ReadExcC14N(parts[0]);
        if (c14n.Error is not null)
        {
            return (null, "CanonicalizationMethod: " + c14n.Error);
        }

        var algorithm = AlgorithmOf(parts[1]) is { } uri && ElementChildren(parts[1], [Algorithm]) is [] ? XmlDsigAlgorithms.Signature(uri) : null;
        if (algorithm is null)
        {
            return (null, "SignatureMethod is not an accepted algorithm.");
        }

        var references = new List<ReferencePart>(parts.Count - 2);
        foreach (var element in parts.Skip(2))
        {
            var (reference, error) = ReadReference(element, limits);
            if (reference is null)
            {
                return (null, error);
            }

            references.Add(reference);
        }

        var value = Base64(children[1], ["Id"]);
        return value is { Length: > 0 and <= 1024 }
            ? (new SignatureParts(signedInfo, c14n.Prefixes, algorithm.Value, references, value), null)
            : (null, "SignatureValue is empty or not base64.");
    }

    private static (ReferencePart? Reference, string? Error) ReadReference(XElement reference, SignatureLimits limits)
    {
        var children = ElementChildren(reference, ["URI", "Id", "Type"]);
        var uri = reference.Attribute("URI")?.Value;
        if (children is null || uri is null || children.Count is < 2 or > 3)
        {
            return (null, "Reference must carry a URI and hold Transforms?, DigestMethod, DigestValue.");
        }

        var transforms = new List<TransformPart>();
        if (children.Count == 3)
        {
            var list = children[0].Name == Transforms ? ElementChildren(children[0], []) : null;
            if (list is null || list.Count == 0 || list.Any(t => t.Name != Transform))
            {
                return (null, "Transforms must hold Transform elements only.");
            }

            if (list.Count > limits.MaxTransforms)
            {
                return (null, $"More than {limits.MaxTransforms} transforms.");
            }

            foreach (var transform in list)
            {
                var (part, error) = ReadTransform(transform);
                if (part is null)
                {
                    return (null, error);
                }

                transforms.Add(part);
            }
        }

        var digestMethod = children[^2];
        var digest = digestMethod.Name == DigestMethod && ElementChildren(digestMethod, [Algorithm]) is []
            && AlgorithmOf(digestMethod) is { } uri2 ? XmlDsigAlgorithms.Digest(uri2) : null;
        if (digest is null)
        {
            return (null, "DigestMethod is not an accepted algorithm.");
        }

        var value = children[^1].Name == DigestValue ? Base64(children[^1], []) : null;
        return value is not null && value.Length == XmlDsigAlgorithms.HashLength(digest.Value)
            ? (new ReferencePart(uri, transforms, digest.Value, value), null)
            : (null, "DigestValue is missing or of the wrong length.");
    }

    private static (TransformPart? Transform, string? Error) ReadTransform(XElement transform)
    {
        var algorithm = AlgorithmOf(transform);
        if (algorithm == XmlDsigAlgorithms.EnvelopedSignature)
        {
            return ElementChildren(transform, [Algorithm]) is [] ? (new TransformPart(algorithm, null), null) : (null, "The enveloped-signature transform takes no content.");
        }

        if (algorithm == XmlDsigAlgorithms.ExcC14N)
        {
            var c14n = ReadExcC14N(transform);
            return c14n.Error is null ? (new TransformPart(algorithm, c14n.Prefixes), null) : (null, "Transform: " + c14n.Error);
        }

        return (null, "Only the enveloped-signature and exclusive c14n transforms are accepted.");
    }

    /// <summary>An exc-c14n method element (without comments) and its optional InclusiveNamespaces PrefixList.</summary>
    private static (string? Prefixes, string? Error) ReadExcC14N(XElement method)
    {
        var children = ElementChildren(method, [Algorithm]);
        if (AlgorithmOf(method) != XmlDsigAlgorithms.ExcC14N || children is null || children.Count > 1)
        {
            return (null, "only exclusive c14n without comments is accepted.");
        }

        if (children.Count == 0)
        {
            return (null, null);
        }

        var prefixes = children[0].Name == InclusiveNamespaces && ElementChildren(children[0], ["PrefixList"]) is []
            ? children[0].Attribute("PrefixList")?.Value : null;
        var valid = prefixes is not null && prefixes.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(p => p == "#default" || XmlNames.IsNCName(p));
        return valid ? (prefixes, null) : (null, "InclusiveNamespaces must carry a PrefixList of prefixes.");
    }

    private static string? AlgorithmOf(XElement element) => element.Attribute(Algorithm)?.Value;

    private static byte[]? Base64(XElement element, XName[] attributes)
    {
        var text = TextContent(element, attributes);
        if (text is null || text.Length > MaxBase64Characters)
        {
            return null;
        }

        var buffer = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, buffer, out var written) ? buffer[..written] : null;
    }

    /// <summary>
    /// The child elements, or null when the element holds non-whitespace text or an attribute outside
    /// <paramref name="attributes"/> (namespace declarations aside).
    /// </summary>
    private static List<XElement>? ElementChildren(XElement element, XName[] attributes)
    {
        foreach (var attribute in element.Attributes())
        {
            if (!attribute.IsNamespaceDeclaration && Array.IndexOf(attributes, attribute.Name) < 0)
            {
                return null;
            }
        }

        var children = new List<XElement>();
        foreach (var node in element.Nodes())
        {
            if (node is XElement child)
            {
                children.Add(child);
            }
            else if (node is not XText text || !string.IsNullOrWhiteSpace(text.Value))
            {
                return null;
            }
        }

        return children;
    }

    /// <summary>The text of a leaf element, or null when it has child elements or an attribute outside <paramref name="attributes"/>.</summary>
    private static string? TextContent(XElement element, XName[] attributes)
    {
        if (element.HasElements || element.Attributes().Any(a => !a.IsNamespaceDeclaration && Array.IndexOf(attributes, a.Name) < 0))
        {
            return null;
        }

        return element.Value;
    }
}
