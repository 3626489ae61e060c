using System.Security.Cryptography;
using System.Xml.Linq;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>
/// Rewrites a loaded signature's SignedInfo and signs it again with any key, the way an attacker holding their own
/// key (or a test needing an algorithm SignedXml cannot produce) would.
/// </summary>
internal static class TestResigner
{
    private static readonly XNamespace Ds = "http://www.w3.org/2000/09/xmldsig#";

    /// <summary>Recomputes the reference digest of <paramref name="signed"/> and signs SignedInfo with <paramref name="key"/> under <paramref name="signatureMethod"/>.</summary>
    public static void Resign(XElement signed, AsymmetricAlgorithm key, string signatureMethod = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256")
    {
        var signature = signed.Element(Ds + "Signature")!;
        var signedInfo = signature.Element(Ds + "SignedInfo")!;
        signedInfo.Element(Ds + "SignatureMethod")!.SetAttributeValue("Algorithm", signatureMethod);
        var reference = signedInfo.Element(Ds + "Reference")!;
        var digest = ExclusiveCanonicalizer.Digest(signed, signature, null, HashAlgorithmName.SHA256);
        reference.Element(Ds + "DigestValue")!.Value = Convert.ToBase64String(digest);
        SignSignedInfo(signature, key);
    }

    /// <summary>Signs the (possibly edited) SignedInfo again, leaving digests as they are.</summary>
    public static void SignSignedInfo(XElement signature, AsymmetricAlgorithm key)
    {
        var signedInfo = signature.Element(Ds + "SignedInfo")!;
        var octets = ExclusiveCanonicalizer.Canonicalize(signedInfo, null, null);
        var value = key switch
        {
            RSA rsa => rsa.SignData(octets, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            ECDsa ecdsa => ecdsa.SignData(octets, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
            _ => throw new ArgumentException("RSA or ECDSA only.", nameof(key)),
        };
        signature.Element(Ds + "SignatureValue")!.Value = Convert.ToBase64String(value);
    }
}
