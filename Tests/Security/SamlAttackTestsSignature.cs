using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Saml;
using GupSoap.Tests.Unit.Security.Signatures;
using static GupSoap.Tests.Security.SamlAttackKit;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md S3, S4, S6, S7, S8: signatures removed, forged with other keys or HMAC, or bent with transforms,
/// references and weak algorithms. Where the edit touches SignedInfo, SignedInfo is signed again with the trusted
/// issuer's own key, so the signature is cryptographically sound and only the rule under test can refuse it.
/// </summary>
[TestClass]
public sealed class SamlAttackTestsSignature
{
    private const string XmlDsigNs = "http://www.w3.org/2000/09/xmldsig#";
    private readonly SamlTestFixture _fixture = new();

    [TestMethod]
    public async Task Validate_SignatureRemoved_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        Signature(assertion).Remove();

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_SignatureValueEmptied_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        Signature(assertion).Element(Ds + "SignatureValue")!.Value = string.Empty;

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_SignedInfoEmptied_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        SignedInfo(assertion).RemoveNodes();

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_ReferenceRemoved_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        Reference(assertion).Remove();
        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_ResignedWithAttackerKeyInKeyInfo_IsRejected()
    {
        // S4: KeyInfo names the attacker's certificate; keys come only from configuration.
        var assertion = _fixture.IssueOverTheWire();
        assertion.Element(SamlNames.Subject)!.Element(SamlNames.NameId)!.Value = EvilNameId;
        using (var key = TestKeys.Attacker.GetRSAPrivateKey()!)
        {
            TestResigner.Resign(assertion, key);
        }

        Signature(assertion).Descendants(Ds + "X509Certificate").Single().Value = Convert.ToBase64String(TestKeys.Attacker.RawData);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_HmacSignatureKeyedWithThePublicCertificate_IsRejected()
    {
        // S4 (CVE-2021-21239 family): an HMAC "signature" whose key is the issuer's public certificate.
        var assertion = _fixture.IssueOverTheWire();
        SignedInfo(assertion).Element(Ds + "SignatureMethod")!.SetAttributeValue("Algorithm", "http://www.w3.org/2001/04/xmldsig-more#hmac-sha256");
        var octets = Core.Security.ExclusiveCanonicalizer.Canonicalize(SignedInfo(assertion), null, null);
        Signature(assertion).Element(Ds + "SignatureValue")!.Value = Convert.ToBase64String(HMACSHA256.HashData(TestKeys.Issuer.RawData, octets));

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    [DataRow("http://www.w3.org/TR/1999/REC-xslt-19991116", "<xsl:stylesheet xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" version=\"1.0\"><xsl:template match=\"/\">x</xsl:template></xsl:stylesheet>", DisplayName = "XSLT")]
    [DataRow("http://www.w3.org/TR/1999/REC-xpath-19991116", "<ds:XPath xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\">not(ancestor-or-self::ds:Signature)</ds:XPath>", DisplayName = "XPath")]
    [DataRow("http://www.w3.org/2002/06/xmldsig-filter2", "<f:XPath xmlns:f=\"http://www.w3.org/2002/06/xmldsig-filter2\" Filter=\"subtract\">//x</f:XPath>", DisplayName = "XPath filter 2")]
    [DataRow("http://www.w3.org/2000/09/xmldsig#base64", "", DisplayName = "base64")]
    [DataRow("http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "", DisplayName = "inclusive c14n")]
    [DataRow("http://www.w3.org/2001/10/xml-exc-c14n#WithComments", "", DisplayName = "exc-c14n with comments")]
    [DataRow("urn:unknown:transform", "", DisplayName = "unknown")]
    public async Task Validate_ForbiddenTransform_IsRejected(string algorithm, string content)
    {
        // S6: the exc-c14n transform replaced by another one.
        var assertion = _fixture.IssueOverTheWire();
        var transform = Reference(assertion).Descendants(Ds + "Transform").Last();
        transform.ReplaceWith(new XElement(transform.Name, new XAttribute("Algorithm", algorithm), content.Length == 0 ? null : XElement.Parse(content)));
        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_EnvelopedTransformMissing_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        Reference(assertion).Descendants(Ds + "Transform").First().Remove();
        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_CanonicalizationWithComments_IsRejected()
    {
        var assertion = _fixture.IssueOverTheWire();
        SignedInfo(assertion).Element(Ds + "CanonicalizationMethod")!.SetAttributeValue("Algorithm", "http://www.w3.org/2001/10/xml-exc-c14n#WithComments");
        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    [DataRow("", DisplayName = "empty (whole document)")]
    [DataRow("#xpointer(/)", DisplayName = "xpointer root")]
    [DataRow("#xpointer(id('ID'))", DisplayName = "xpointer id")]
    [DataRow("http://evil.example/x", DisplayName = "external")]
    [DataRow("#_other", DisplayName = "another id")]
    public async Task Validate_ReferenceUriNotTheAssertionId_IsRejected(string uri)
    {
        // S7.
        var assertion = _fixture.IssueOverTheWire();
        Reference(assertion).SetAttributeValue("URI", uri);
        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    [DataRow("ID", DisplayName = "ID")]
    [DataRow("Id", DisplayName = "Id")]
    [DataRow("id", DisplayName = "id")]
    public async Task Validate_DuplicateIdOnASecondElement_IsRejected(string attribute)
    {
        // S7: the otherwise untouched assertion travels in a document where another element carries its ID.
        var assertion = _fixture.IssueOverTheWire();
        var id = (string)assertion.Attribute("ID")!;
        var envelope = new XElement("Envelope", assertion, new XElement("Decoy", new XAttribute(attribute, id)));
        var consumed = SamlTestFixture.Receive(SamlTestFixture.Text(envelope)).Element(SamlNames.Assertion)!;

        await AssertRejectedEverywhereAsync(_fixture, consumed);
    }

    [TestMethod]
    public async Task Validate_SecondIdAttributeOnTheAssertion_IsRejected()
    {
        // The signature covers the assertion, but a second ID-like attribute would make resolution ambiguous elsewhere.
        var assertion = _fixture.IssueOverTheWire();
        assertion.Element(SamlNames.Issuer)!.SetAttributeValue("Id", (string)assertion.Attribute("ID")!);
        ResignAsTrustedIssuer(assertion);

        var check = await _fixture.ValidateAsync(Resend(assertion));

        Assert.IsFalse(check.Success);
    }

    [TestMethod]
    [DataRow(XmlDsigNs + "rsa-sha1", XmlDsigNs + "sha1", DisplayName = "rsa-sha1 with sha1 digest")]
    [DataRow(XmlDsigNs + "rsa-sha1", "http://www.w3.org/2001/04/xmlenc#sha256", DisplayName = "rsa-sha1")]
    [DataRow("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", XmlDsigNs + "sha1", DisplayName = "sha1 digest")]
    public async Task Validate_Sha1SignedByTheTrustedKey_IsRejected(string signatureMethod, string digestMethod)
    {
        // S8: a genuine SHA-1 signature made by SignedXml with the trusted issuer's key.
        var unsigned = Unsigned(_fixture.IssueOverTheWire());
        var id = (string)unsigned.Attribute("ID")!;
        var text = SignedXmlSigner.SignText(SamlTestFixture.Text(unsigned), id, new() { SignatureMethod = signatureMethod, DigestMethod = digestMethod });

        await AssertRejectedEverywhereAsync(_fixture, SamlTestFixture.Receive(text));
    }

    [TestMethod]
    [DataRow("http://www.w3.org/2001/04/xmldsig-more#rsa-md5", null, DisplayName = "rsa-md5")]
    [DataRow(null, "http://www.w3.org/2001/04/xmldsig-more#md5", DisplayName = "md5 digest")]
    [DataRow(XmlDsigNs + "dsa-sha1", null, DisplayName = "dsa-sha1")]
    [DataRow("http://www.w3.org/2007/05/xmldsig-more#sha256-rsa-MGF1", null, DisplayName = "unlisted RSA-PSS")]
    public async Task Validate_WeakOrUnlistedAlgorithm_IsRejected(string? signatureMethod, string? digestMethod)
    {
        var assertion = _fixture.IssueOverTheWire();
        if (signatureMethod is not null)
        {
            SignedInfo(assertion).Element(Ds + "SignatureMethod")!.SetAttributeValue("Algorithm", signatureMethod);
        }

        if (digestMethod is not null)
        {
            Reference(assertion).Element(Ds + "DigestMethod")!.SetAttributeValue("Algorithm", digestMethod);
        }

        ResignSignedInfoAsTrustedIssuer(assertion);

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public async Task Validate_TrustedIssuerNameWithAnUntrustedKey_IsRejected()
    {
        // S13: the issuer name is trusted, the key that signed is not one of its certificates.
        var assertion = _fixture.IssueOverTheWire();
        using (var key = TestKeys.Attacker.GetRSAPrivateKey()!)
        {
            TestResigner.Resign(assertion, key);
        }

        await AssertRejectedEverywhereAsync(_fixture, Resend(assertion));
    }

    [TestMethod]
    public void Verify_SignedElementWithAnUntrustedKeyOnly_ReportsNoKey()
    {
        var assertion = _fixture.IssueOverTheWire();

        var check = XmlSignatureVerifier.VerifyEnveloped(assertion, [TestKeys.PublicOnly(TestKeys.Attacker)]);

        Assert.IsFalse(check.Valid);
        Assert.IsNull(check.Key);
        Assert.AreEqual(SecurityFailureKind.InvalidSecurityToken, check.Failure!.Kind);
    }

    [TestMethod]
    public void Verify_NoTrustedKeys_IsRejected()
    {
        Assert.IsFalse(XmlSignatureVerifier.VerifyEnveloped(_fixture.IssueOverTheWire(), Array.Empty<X509Certificate2>()).Valid);
    }

    private static XElement Resend(XElement assertion) => SamlTestFixture.Receive(SamlTestFixture.Text(assertion));
}
