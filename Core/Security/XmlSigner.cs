using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using Names = GupSoap.Core.Security.SignatureNames;

namespace GupSoap.Core.Security;

/// <summary>
/// Makes the signatures <see cref="XmlSignatureVerifier"/> accepts (XMLDSig 1.1): rsa-sha256 over exclusive c14n with
/// a sha256 digest, enveloped for assertions and documents (SAML core §5.4), detached for message parts (WSS §8).
/// </summary>
public static class XmlSigner
{
    private static readonly XName WsuId = XNamespace.Get(Namespaces.WsUtility) + "Id";

    /// <summary>
    /// Signs <paramref name="element"/> (which carries an NCName <c>ID</c>) in place and returns the same instance: the
    /// ds:Signature (with the certificate in KeyInfo) becomes the child after the first <paramref name="insertAfter"/>
    /// child, or the first child. Namespaces the element uses must be declared on it or its ancestors.
    /// </summary>
    public static XElement SignEnveloped(XElement element, SigningCredentials credentials, XName? insertAfter = null)
    {
        ArgumentNullException.ThrowIfNull(element);
        ArgumentNullException.ThrowIfNull(credentials);
        var id = element.Attribute("ID")?.Value;
        if (!XmlNames.IsNCName(id))
        {
            throw new ArgumentException("The element to sign must carry an NCName ID attribute.", nameof(element));
        }

        if (element.Element(Names.Signature) is not null)
        {
            throw new InvalidOperationException("The element is already signed.");
        }

        using var key = credentials.Certificate.GetRSAPrivateKey()
            ?? throw new InvalidOperationException("The signing certificate has no RSA private key.");
        var signedXml = new SignedXml(ExclusiveCanonicalizer.Copy(element, null)) { SigningKey = key };
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var reference = new Reference("#" + id) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(credentials.Certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.ComputeSignature();

        XElement signature;
        using (var reader = new XmlNodeReader(signedXml.GetXml()))
        {
            signature = XElement.Load(reader);
        }

        // SignatureValue covers SignedInfo in the default namespace: declare it, so the element means the same in
        // memory as once written out, wherever it is placed.
        signature.SetAttributeValue("xmlns", Names.Ds.NamespaceName);

        var anchor = insertAfter is null ? null : element.Element(insertAfter);
        if (anchor is null)
        {
            element.AddFirst(signature);
        }
        else
        {
            anchor.AddAfterSelf(signature);
        }

        return element;
    }

    /// <summary>
    /// A detached ds:Signature over <paramref name="targets"/>, each referenced by its <c>wsu:Id</c>; the caller places
    /// it inside wsse:Security and may append a KeyInfo. Each digest is taken over the target where it stands now, so
    /// the targets must already sit in their final envelope, with the namespace declarations they will be sent with.
    /// </summary>
    public static XElement CreateDetachedSignature(IReadOnlyList<XElement> targets, X509Certificate2 keyWithPrivate)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(keyWithPrivate);
        if (targets.Count is 0 or > 32)
        {
            throw new ArgumentException("Between 1 and 32 targets can be signed.", nameof(targets));
        }

        using var key = keyWithPrivate.GetRSAPrivateKey()
            ?? throw new ArgumentException("The certificate has no RSA private key.", nameof(keyWithPrivate));
        var signedInfo = new XElement(Names.SignedInfo,
            new XElement(Names.CanonicalizationMethod, new XAttribute("Algorithm", XmlDsigAlgorithms.ExcC14N)),
            new XElement(Names.SignatureMethod, new XAttribute("Algorithm", XmlDsigAlgorithms.RsaSha256)));
        foreach (var target in targets)
        {
            var id = target.Attribute(WsuId)?.Value;
            if (!XmlNames.IsNCName(id))
            {
                throw new ArgumentException("Every target must carry an NCName wsu:Id.", nameof(targets));
            }

            var digest = ExclusiveCanonicalizer.Digest(target, null, null, HashAlgorithmName.SHA256);
            signedInfo.Add(new XElement(Names.Reference, new XAttribute("URI", "#" + id),
                new XElement(Names.Transforms, new XElement(Names.Transform, new XAttribute("Algorithm", XmlDsigAlgorithms.ExcC14N))),
                new XElement(Names.DigestMethod, new XAttribute("Algorithm", XmlDsigAlgorithms.Sha256)),
                new XElement(Names.DigestValue, Convert.ToBase64String(digest))));
        }

        var signature = new XElement(Names.Signature, new XAttribute(XNamespace.Xmlns + "ds", Names.Ds.NamespaceName), signedInfo);
        var hash = ExclusiveCanonicalizer.Digest(signedInfo, null, null, HashAlgorithmName.SHA256);
        var value = key.SignHash(hash, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        signature.Add(new XElement(Names.SignatureValue, Convert.ToBase64String(value)));
        return signature;
    }
}
