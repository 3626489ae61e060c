using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using static GupSoap.Core.Security.SignatureNames;

namespace GupSoap.Core.Security;

/// <summary>
/// The one XML-signature verifier (XMLDSig 1.1 core validation, restricted by SECURITY.md S1–S8 and S16): strict
/// structure, allow-listed algorithms and transforms, strict ID resolution, keys only from configuration (KeyInfo is
/// never read). Limits are checked before any hashing; the signature over SignedInfo is checked before any digest.
/// </summary>
public static class XmlSignatureVerifier
{
    /// <summary>
    /// Verifies the enveloped signature of <paramref name="signed"/> (SAML core §5.4): its only ds:Signature is a child,
    /// whose single Reference names <paramref name="signed"/> by its unique <c>ID</c>, with transforms exactly
    /// enveloped-signature then exc-c14n, made by one of <paramref name="trustedKeys"/>.
    /// </summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The signed element, as named by the integration contract.")]
    public static SignatureCheck VerifyEnveloped(XElement signed, IReadOnlyList<X509Certificate2> trustedKeys)
    {
        ArgumentNullException.ThrowIfNull(signed);
        ArgumentNullException.ThrowIfNull(trustedKeys);
        var signatures = signed.Descendants(Signature).Take(2).ToList();
        if (signatures.Count != 1 || signatures[0].Parent != signed)
        {
            return SignatureCheck.Fail(signatures.Count == 0 ? "The element is not signed." : "The element must hold exactly one Signature, as a child.");
        }

        var signature = signatures[0];
        var (parts, error) = SignatureReader.Read(signature, SignatureLimits.Enveloped);
        if (parts is null)
        {
            return SignatureCheck.Fail(error!);
        }

        var reference = parts.References[0];
        if (reference.Transforms is not [{ Algorithm: XmlDsigAlgorithms.EnvelopedSignature }, { Algorithm: XmlDsigAlgorithms.ExcC14N } c14n])
        {
            return SignatureCheck.Fail("The reference's transforms must be exactly enveloped-signature and exclusive c14n.");
        }

        var id = signed.Attribute("ID")?.Value;
        if (!XmlNames.IsNCName(id) || reference.Uri != "#" + id || !XmlIdLookup.IsUnique(signed, id!))
        {
            return SignatureCheck.Fail("The reference must name the signed element by its unique ID.");
        }

        var key = SignedInfoKey(parts, trustedKeys);
        if (key is null)
        {
            return SignatureCheck.Fail("The signature does not verify with any trusted key.");
        }

        var digest = ExclusiveCanonicalizer.Digest(signed, signature, c14n.InclusivePrefixes, reference.DigestMethod);
        return CryptographicOperations.FixedTimeEquals(digest, reference.DigestValue)
            ? SignatureCheck.Ok(key)
            : SignatureCheck.Fail("The digest of the signed element does not match.");
    }

    /// <summary>
    /// Verifies a detached message signature (Liberty ID-WSF SOAP Binding / WSS SOAP Message Security §8) with
    /// <paramref name="key"/>: each Reference <c>#id</c> names exactly one element under <paramref name="root"/> by
    /// <c>wsu:Id</c>, <c>ID</c> or <c>Id</c>, transformed by exclusive c14n only.
    /// </summary>
    public static DetachedSignatureCheck VerifyDetached(XElement signature, XElement root, X509Certificate2 key)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(key);
        if (signature.Name != Signature)
        {
            return DetachedSignatureCheck.Fail("The element is not a Signature.");
        }

        var (parts, error) = SignatureReader.Read(signature, SignatureLimits.Detached);
        if (parts is null)
        {
            return DetachedSignatureCheck.Fail(error!);
        }

        var ids = new List<string>(parts.References.Count);
        foreach (var reference in parts.References)
        {
            var id = reference.Uri.StartsWith('#') ? reference.Uri[1..] : null;
            if (!XmlNames.IsNCName(id) || ids.Contains(id!) || reference.Transforms is not [{ Algorithm: XmlDsigAlgorithms.ExcC14N }])
            {
                return DetachedSignatureCheck.Fail("Each reference must name a distinct #id and use exclusive c14n as its only transform.");
            }

            ids.Add(id!);
        }

        var targets = XmlIdLookup.Resolve(root, ids);
        var signed = new List<XElement>(ids.Count);
        foreach (var id in ids)
        {
            var target = targets.GetValueOrDefault(id);
            if (target is null || signature.AncestorsAndSelf().Contains(target))
            {
                return DetachedSignatureCheck.Fail("A reference does not name exactly one element outside the signature.");
            }

            signed.Add(target);
        }

        if (SignedInfoKey(parts, [key]) is null)
        {
            return DetachedSignatureCheck.Fail("The signature does not verify with the sender's key.");
        }

        for (var i = 0; i < signed.Count; i++)
        {
            var reference = parts.References[i];
            var digest = ExclusiveCanonicalizer.Digest(signed[i], null, reference.Transforms[0].InclusivePrefixes, reference.DigestMethod);
            if (!CryptographicOperations.FixedTimeEquals(digest, reference.DigestValue))
            {
                return DetachedSignatureCheck.Fail("The digest of a signed element does not match.");
            }
        }

        return new DetachedSignatureCheck(signed, null);
    }

    /// <summary>The first of <paramref name="keys"/> whose public key verifies SignatureValue over canonical SignedInfo.</summary>
    private static X509Certificate2? SignedInfoKey(SignatureParts parts, IReadOnlyList<X509Certificate2> keys)
    {
        var hash = ExclusiveCanonicalizer.Digest(parts.SignedInfo, null, parts.CanonicalizationPrefixes, parts.Algorithm.Hash);
        foreach (var key in keys)
        {
            try
            {
                if (SignatureValueCheck.Verify(hash, parts.SignatureValue, parts.Algorithm, key))
                {
                    return key;
                }
            }
            catch (CryptographicException)
            {
                // A configured certificate whose key cannot take this algorithm simply does not verify.
            }
        }

        return null;
    }
}
