using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>
/// Every meaningful change to a signed element is refused, and the framework's SignedXml.CheckSignature (given the
/// right public key) reaches the same verdict on the same text: the cross-check that our verifier is exact.
/// </summary>
[TestClass]
public sealed class XmlSignatureVerifierTamperTests
{
    private static readonly X509Certificate2[] Trusted = [TestKeys.PublicOnly(TestKeys.Issuer)];
    private static readonly string Signed = SignedXmlSigner.SignText(SampleDocuments.Pretty, SampleDocuments.Id);
    private static readonly string SignedUnderAncestors = SignedXmlSigner.SignText(SampleDocuments.UnderAncestors, SampleDocuments.Id, new() { InclusivePrefixes = "xs" });

    [TestMethod]
    public void Verify_UntouchedSignedText_BothVerifiersAccept()
    {
        AssertVerdict(Signed, expected: true);
        AssertVerdict(SignedUnderAncestors, expected: true);
    }

    [TestMethod]
    [DataRow("alice@example.org<", "alice@example.orh<", DisplayName = "one character of NameID")]
    [DataRow(">alice@example.org<", "> alice@example.org<", DisplayName = "leading space in NameID")]
    [DataRow("NotOnOrAfter=\"2026-01-01T00:05:00Z\"", "NotOnOrAfter=\"2026-01-01T00:06:00Z\"", DisplayName = "attribute value")]
    [DataRow("Version=\"2.0\"", "Version=\"2.0\" Extra=\"1\"", DisplayName = "added attribute")]
    [DataRow(" Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:entity\"", "", DisplayName = "removed attribute")]
    [DataRow("</saml2:Subject>", "</saml2:Subject><saml2:Advice/>", DisplayName = "added element")]
    [DataRow("<saml2:Audience>urn:test:rp</saml2:Audience>", "", DisplayName = "removed element")]
    [DataRow("urn:test:rp</saml2:Audience>", "urn:test:rp</saml2:Audience><saml2:Audience>urn:evil</saml2:Audience>", DisplayName = "added audience")]
    [DataRow("\n    <saml2:Subject>", "\n        <saml2:Subject>", DisplayName = "whitespace between elements")]
    [DataRow("xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\"", "xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" xmlns:x=\"urn:x\" x:a=\"1\"", DisplayName = "added namespaced attribute")]
    public void Verify_TamperedText_BothVerifiersReject(string original, string replacement)
    {
        Assert.Contains(original, Signed);
        AssertVerdict(ReplaceFirst(Signed, original, replacement), expected: false);
    }

    [TestMethod]
    public void Verify_ElementMovedBeforeItsSibling_BothVerifiersReject()
    {
        var element = SignedXmlSigner.Load(Signed, SampleDocuments.Id);
        var conditions = element.Elements().Single(e => e.Name.LocalName == "Conditions");
        conditions.Remove();
        element.Elements().Single(e => e.Name.LocalName == "Subject").AddBeforeSelf(conditions);

        AssertVerdict(element.Document!.ToString(SaveOptions.DisableFormatting), expected: false);
    }

    [TestMethod]
    public void Verify_ElementMovedIntoAnother_BothVerifiersReject()
    {
        var element = SignedXmlSigner.Load(Signed, SampleDocuments.Id);
        var audience = element.Descendants().Single(e => e.Name.LocalName == "Audience");
        audience.Remove();
        element.Descendants().Single(e => e.Name.LocalName == "Subject").Add(audience);

        AssertVerdict(element.Document!.ToString(SaveOptions.DisableFormatting), expected: false);
    }

    [TestMethod]
    public void Verify_PrefixRenamedThroughout_BothVerifiersReject()
    {
        // Same expanded names, different canonical octets: exc-c14n keeps prefixes, so this must not verify.
        AssertVerdict(Signed.Replace("saml2:", "s2:", StringComparison.Ordinal).Replace("xmlns:saml2", "xmlns:s2", StringComparison.Ordinal), expected: false);
    }

    [TestMethod]
    public void Verify_AttributeValueTypePrefixRebound_BothVerifiersReject()
    {
        AssertVerdict(ReplaceFirst(SignedUnderAncestors, "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"", "xmlns:xs=\"urn:evil\""), expected: false);
    }

    [TestMethod]
    public void Verify_DigestValueChanged_BothVerifiersReject()
    {
        var element = SignedXmlSigner.Load(Signed, SampleDocuments.Id);
        var digest = element.Descendants().Single(e => e.Name.LocalName == "DigestValue");
        var bytes = Convert.FromBase64String(digest.Value);
        bytes[0] ^= 1;
        digest.Value = Convert.ToBase64String(bytes);

        AssertVerdict(element.Document!.ToString(SaveOptions.DisableFormatting), expected: false);
    }

    private static void AssertVerdict(string text, bool expected)
    {
        using var publicKey = TestKeys.Issuer.GetRSAPublicKey()!;
        var ours = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(text, SampleDocuments.Id), Trusted);
        Assert.AreEqual(expected, ours.Valid, ours.Failure?.Reason);
        Assert.AreEqual(expected, SignedXmlSigner.CheckWithSignedXml(text, SampleDocuments.Id, publicKey), "SignedXml.CheckSignature");
        if (!expected)
        {
            Assert.AreEqual(SecurityFailureKind.InvalidSecurityToken, ours.Failure!.Kind);
        }
    }

    private static string ReplaceFirst(string text, string original, string replacement)
    {
        var index = text.IndexOf(original, StringComparison.Ordinal);
        return string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + original.Length));
    }
}
