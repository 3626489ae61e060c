using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Core.Xml;

namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>
/// Signs test documents with the framework's own SignedXml (the reference implementation we cross-check against),
/// letting a test pick algorithms and transforms, including ones our verifier must refuse.
/// </summary>
internal static class SignedXmlSigner
{
    /// <summary>Settings for one signature; defaults are what our verifier accepts.</summary>
    internal sealed record Options
    {
        public string SignatureMethod { get; init; } = SignedXml.XmlDsigRSASHA256Url;
        public string DigestMethod { get; init; } = SignedXml.XmlDsigSHA256Url;
        public string? InclusivePrefixes { get; init; }
        public string? SignedInfoInclusivePrefixes { get; init; }
        public Func<Transform[]>? Transforms { get; init; }
        public bool IncludeKeyInfo { get; init; } = true;
        public Func<string, string>? ReferenceUri { get; init; }
        public AsymmetricAlgorithm? Key { get; init; }
        public KeyedHashAlgorithm? HmacKey { get; init; }
    }

    /// <summary>Signs the element with <paramref name="id"/> in <paramref name="xml"/> (enveloped, Signature as its first child, or after the element named <paramref name="after"/>) and returns the text.</summary>
    public static string SignText(string xml, string id, Options? options = null, string? after = "Issuer")
    {
        options ??= new Options();
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        var target = (XmlElement)document.SelectSingleNode($"//*[@ID='{id}']")!;
        var signedXml = new SignedXml(document);
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        if (options.SignedInfoInclusivePrefixes is not null)
        {
            ((XmlDsigExcC14NTransform)signedXml.SignedInfo.CanonicalizationMethodObject).InclusiveNamespacesPrefixList = options.SignedInfoInclusivePrefixes;
        }

        signedXml.SignedInfo.SignatureMethod = options.SignatureMethod;
        var reference = new Reference(options.ReferenceUri?.Invoke(id) ?? "#" + id) { DigestMethod = options.DigestMethod };
        var transforms = options.Transforms?.Invoke()
            ?? [new XmlDsigEnvelopedSignatureTransform(), new XmlDsigExcC14NTransform(false, options.InclusivePrefixes)];
        foreach (var transform in transforms)
        {
            reference.AddTransform(transform);
        }

        signedXml.AddReference(reference);
        var certificate = TestKeys.Issuer;
        if (options.IncludeKeyInfo)
        {
            var keyInfo = new KeyInfo();
            keyInfo.AddClause(new KeyInfoX509Data(certificate));
            signedXml.KeyInfo = keyInfo;
        }

        if (options.HmacKey is not null)
        {
            signedXml.ComputeSignature(options.HmacKey);
        }
        else
        {
            signedXml.SigningKey = options.Key ?? certificate.GetRSAPrivateKey();
            signedXml.ComputeSignature();
        }

        var signature = document.ImportNode(signedXml.GetXml(), true);
        var anchor = after is null ? null : target.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == after);
        if (anchor is null)
        {
            target.PrependChild(signature);
        }
        else
        {
            target.InsertAfter(signature, anchor);
        }

        return document.OuterXml;
    }

    /// <summary>Loads text the way requests are loaded (SafeXmlLoader) and returns the element with <paramref name="id"/>.</summary>
    public static XElement Load(string xml, string id)
    {
        var result = SafeXmlLoader.Load(xml, new XmlLimits());
        Assert.IsTrue(result.Success, result.Error);
        return result.Document!.Root!.DescendantsAndSelf().First(e => (string?)e.Attribute("ID") == id);
    }

    /// <summary>The framework's verdict: SignedXml.CheckSignature with the given public key (no KeyInfo trust).</summary>
    public static bool CheckWithSignedXml(string xml, string id, AsymmetricAlgorithm publicKey)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        var target = (XmlElement)document.SelectSingleNode($"//*[@ID='{id}']")!;
        var signatureElement = target.ChildNodes.OfType<XmlElement>().First(e => e.LocalName == "Signature");
        var signedXml = new SignedXml(target);
        signedXml.LoadXml(signatureElement);
        return signedXml.CheckSignature(publicKey);
    }
}
