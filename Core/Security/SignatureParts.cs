using System.Security.Cryptography;
using System.Xml.Linq;

namespace GupSoap.Core.Security;

/// <summary>A ds:Signature read strictly (XMLDSig §4): nothing in it has been checked cryptographically yet.</summary>
internal sealed record SignatureParts(
    XElement SignedInfo,
    string? CanonicalizationPrefixes,
    SignatureAlgorithm Algorithm,
    IReadOnlyList<ReferencePart> References,
    byte[] SignatureValue);

/// <summary>One ds:Reference (XMLDSig §4.4.3): its URI, transforms in order, digest algorithm and value.</summary>
internal sealed record ReferencePart(string Uri, IReadOnlyList<TransformPart> Transforms, HashAlgorithmName DigestMethod, byte[] DigestValue);

/// <summary>One ds:Transform; <see cref="InclusivePrefixes"/> is the exc-c14n InclusiveNamespaces PrefixList, if any.</summary>
internal sealed record TransformPart(string Algorithm, string? InclusivePrefixes);

/// <summary>How much a signature may ask of us before it is refused unread (SECURITY.md S16).</summary>
internal sealed record SignatureLimits(int MaxReferences, int MaxTransforms)
{
    public static readonly SignatureLimits Enveloped = new(1, 2);

    public static readonly SignatureLimits Detached = new(32, 1);
}
