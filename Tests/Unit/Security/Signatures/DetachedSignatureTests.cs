using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;

namespace GupSoap.Tests.Unit.Security.Signatures;

[TestClass]
public sealed class DetachedSignatureTests
{
    private static readonly XNamespace Wsu = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    private static readonly XNamespace Wsse = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    private const string Envelope = """
        <S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/" xmlns:wsa="http://www.w3.org/2005/08/addressing"
            xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
            xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
          <S:Header>
            <wsa:MessageID wsu:Id="mid">urn:uuid:1</wsa:MessageID>
            <wsse:Security><wsu:Timestamp wsu:Id="ts"><wsu:Created>2026-01-01T00:00:00Z</wsu:Created></wsu:Timestamp></wsse:Security>
          </S:Header>
          <S:Body wsu:Id="body"><rp:Query xmlns:rp="urn:3gpp:gup:2006-08:rp"><rp:Select>/x</rp:Select></rp:Query></S:Body>
        </S:Envelope>
        """;

    [TestMethod]
    public void VerifyDetached_OwnSignatureInPlace_ReturnsTheSignedInstances()
    {
        var (root, targets, signature) = SignedEnvelope();

        var check = XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer));

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
        Assert.HasCount(3, check.SignedElements);
        for (var i = 0; i < targets.Length; i++)
        {
            Assert.AreSame(targets[i], check.SignedElements[i]);
        }
    }

    [TestMethod]
    public void VerifyDetached_AfterSendingAndReloading_IsAcceptedByUsAndBySignedXml()
    {
        var (root, _, _) = SignedEnvelope();
        var text = root.ToString(SaveOptions.DisableFormatting);
        var reloaded = SafeXmlLoader.Load(text, new XmlLimits()).Document!.Root!;
        var signature = reloaded.Descendants(XNamespace.Get("http://www.w3.org/2000/09/xmldsig#") + "Signature").Single();

        var check = XmlSignatureVerifier.VerifyDetached(signature, reloaded, TestKeys.PublicOnly(TestKeys.Issuer));

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
        Assert.IsTrue(CheckWithSignedXml(text), "SignedXml resolving wsu:Id agrees");
    }

    [TestMethod]
    public void VerifyDetached_BodyChanged_IsRejected()
    {
        var (root, _, signature) = SignedEnvelope();
        root.Descendants().Single(e => e.Name.LocalName == "Select").Value = "/y";

        Assert.IsFalse(XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer)).Valid);
    }

    [TestMethod]
    public void VerifyDetached_SignedBodyCopiedBesideAnEvilBody_IsRejectedAsAmbiguous()
    {
        var (root, targets, signature) = SignedEnvelope();
        targets[2].AddBeforeSelf(new XElement(targets[2]));

        var check = XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer));

        Assert.IsFalse(check.Valid);
        Assert.AreEqual(SecurityFailureKind.InvalidSecurityToken, check.Failure!.Kind);
    }

    [TestMethod]
    public void VerifyDetached_ReferencedIdRemoved_IsRejected()
    {
        var (root, targets, signature) = SignedEnvelope();
        targets[0].Attribute(Wsu + "Id")!.Remove();

        Assert.IsFalse(XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer)).Valid);
    }

    [TestMethod]
    public void VerifyDetached_OtherKey_IsRejected()
    {
        var (root, _, signature) = SignedEnvelope();

        Assert.IsFalse(XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Attacker)).Valid);
    }

    [TestMethod]
    public void VerifyDetached_ThirtyThreeReferences_IsRejected()
    {
        var (root, _, signature) = SignedEnvelope();
        var signedInfo = signature.Elements().First();
        var reference = signedInfo.Elements().Last();
        for (var i = 0; i < 30; i++)
        {
            signedInfo.Add(new XElement(reference));
        }

        var check = XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer));

        Assert.IsFalse(check.Valid);
        Assert.Contains("32", check.Failure!.Reason);
    }

    [TestMethod]
    public void VerifyDetached_ReferenceToTheSecurityHeaderHoldingIt_IsRejected()
    {
        var root = SafeXmlLoader.Load(Envelope, new XmlLimits()).Document!.Root!;
        var security = root.Descendants(Wsse + "Security").Single();
        security.SetAttributeValue(Wsu + "Id", "sec");
        var signature = XmlSigner.CreateDetachedSignature([security], TestKeys.Issuer);
        security.Add(signature);

        Assert.IsFalse(XmlSignatureVerifier.VerifyDetached(signature, root, TestKeys.PublicOnly(TestKeys.Issuer)).Valid);
    }

    [TestMethod]
    public void CreateDetachedSignature_TargetWithoutWsuId_Throws()
    {
        var root = SafeXmlLoader.Load(Envelope, new XmlLimits()).Document!.Root!;

        Assert.ThrowsExactly<ArgumentException>(() => XmlSigner.CreateDetachedSignature([root], TestKeys.Issuer));
    }

    private static (XElement Root, XElement[] Targets, XElement Signature) SignedEnvelope()
    {
        var root = SafeXmlLoader.Load(Envelope, new XmlLimits()).Document!.Root!;
        XElement[] targets = [.. root.DescendantsAndSelf().Where(e => e.Attribute(Wsu + "Id") is not null)];
        var signature = XmlSigner.CreateDetachedSignature(targets, TestKeys.Issuer);
        root.Descendants(Wsse + "Security").Single().Add(signature);
        return (root, targets, signature);
    }

    private static bool CheckWithSignedXml(string text)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(text);
        var signedXml = new WsuSignedXml(document);
        signedXml.LoadXml((XmlElement)document.GetElementsByTagName("Signature", "http://www.w3.org/2000/09/xmldsig#")[0]!);
        using var key = TestKeys.Issuer.GetRSAPublicKey()!;
        return signedXml.CheckSignature(key);
    }

    /// <summary>SignedXml resolves only unqualified Id attributes; WS-Security references name wsu:Id.</summary>
    private sealed class WsuSignedXml(XmlDocument document) : SignedXml(document)
    {
        public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
            document?.SelectNodes("//*")!.OfType<XmlElement>().SingleOrDefault(e => e.GetAttribute("Id", Wsu.NamespaceName) == idValue)
            ?? base.GetIdElement(document, idValue);
    }
}
