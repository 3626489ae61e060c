using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml.Linq;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;

namespace GupSoap.Tests.Unit.Security.Signatures;

[TestClass]
public sealed class XmlSignatureVerifierAcceptTests
{
    private static readonly X509Certificate2[] Trusted = [TestKeys.PublicOnly(TestKeys.Issuer)];

    [TestMethod]
    [DataRow(SampleDocuments.Compact, DisplayName = "compact")]
    [DataRow(SampleDocuments.Pretty, DisplayName = "pretty-printed")]
    [DataRow(SampleDocuments.UnderAncestors, DisplayName = "prefixes declared on ancestors")]
    public void VerifyEnveloped_SignedXmlSignature_IsAccepted(string xml)
    {
        var signed = SignedXmlSigner.SignText(xml, SampleDocuments.Id);

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
        Assert.AreSame(Trusted[0], check.Key);
        Assert.IsNull(check.Failure);
    }

    [TestMethod]
    public void VerifyEnveloped_InclusivePrefixNamingAnAncestorDeclaration_IsAccepted()
    {
        var signed = SignedXmlSigner.SignText(SampleDocuments.UnderAncestors, SampleDocuments.Id, new() { InclusivePrefixes = "xs xsi" });

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
    }

    [TestMethod]
    public void VerifyEnveloped_InclusivePrefixWhoseAncestorDeclarationChanged_IsRejected()
    {
        // Proves the ancestor's declaration is part of what is verified when the PrefixList names it.
        var signed = SignedXmlSigner.SignText(SampleDocuments.UnderAncestors, SampleDocuments.Id, new() { InclusivePrefixes = "xs" })
            .Replace("xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"", "xmlns:xs=\"urn:evil\"", StringComparison.Ordinal);

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted);

        Assert.IsFalse(check.Valid);
    }

    [TestMethod]
    public void VerifyEnveloped_SignedInfoCanonicalizedWithInclusivePrefixes_IsAccepted()
    {
        var signed = SignedXmlSigner.SignText(SampleDocuments.UnderAncestors, SampleDocuments.Id, new() { SignedInfoInclusivePrefixes = "xs saml2" });

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
    }

    [TestMethod]
    [DataRow(SignedXml.XmlDsigRSASHA384Url, SignedXml.XmlDsigSHA384Url)]
    [DataRow(SignedXml.XmlDsigRSASHA512Url, SignedXml.XmlDsigSHA512Url)]
    [DataRow(SignedXml.XmlDsigRSASHA256Url, SignedXml.XmlDsigSHA512Url)]
    public void VerifyEnveloped_OtherAllowedRsaAlgorithms_AreAccepted(string signatureMethod, string digestMethod)
    {
        var signed = SignedXmlSigner.SignText(SampleDocuments.Pretty, SampleDocuments.Id, new() { SignatureMethod = signatureMethod, DigestMethod = digestMethod });

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
    }

    [TestMethod]
    public void VerifyEnveloped_EcdsaSha256_IsAccepted()
    {
        // SignedXml cannot sign with ECDSA: sign SignedInfo ourselves over what SignedXml laid out.
        using var key = TestKeys.Ecdsa.GetECDsaPrivateKey()!;
        var signed = SignedXmlSigner.Load(SignedXmlSigner.SignText(SampleDocuments.Compact, SampleDocuments.Id, new() { IncludeKeyInfo = false }), SampleDocuments.Id);
        TestResigner.Resign(signed, key, "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256");

        var check = XmlSignatureVerifier.VerifyEnveloped(signed, [Trusted[0], TestKeys.PublicOnly(TestKeys.Ecdsa)]);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
        Assert.AreEqual(TestKeys.Ecdsa.Thumbprint, check.Key!.Thumbprint);
    }

    [TestMethod]
    public void VerifyEnveloped_SecondOfSeveralTrustedKeys_IsFoundAndReturned()
    {
        var signed = SignedXmlSigner.SignText(SampleDocuments.Compact, SampleDocuments.Id);
        X509Certificate2[] keys = [TestKeys.PublicOnly(TestKeys.Attacker), Trusted[0]];

        var check = XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), keys);

        Assert.AreSame(keys[1], check.Key);
    }

    [TestMethod]
    [DataRow(SampleDocuments.Compact)]
    [DataRow(SampleDocuments.Pretty)]
    [DataRow(SampleDocuments.UnderAncestors)]
    public void SignEnveloped_OwnSignatureAfterReloading_IsAcceptedByUsAndBySignedXml(string xml)
    {
        var element = SignedXmlSigner.Load(xml, SampleDocuments.Id);
        var issuer = element.Elements().First();

        XmlSigner.SignEnveloped(element, TestKeys.IssuerCredentials, issuer.Name);
        var text = element.Document!.ToString(SaveOptions.DisableFormatting);

        Assert.AreEqual("Signature", element.Elements().ElementAt(1).Name.LocalName, "placed after Issuer");
        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(element, Trusted).Valid, "in memory, as signed");
        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(text, SampleDocuments.Id), Trusted).Valid, "reloaded");
        using var publicKey = TestKeys.Issuer.GetRSAPublicKey()!;
        Assert.IsTrue(SignedXmlSigner.CheckWithSignedXml(text, SampleDocuments.Id, publicKey));
    }

    [TestMethod]
    public void VerifyEnveloped_LoadedSignedXmlOutput_AgreesWithSignedXmlCheckSignature()
    {
        using var publicKey = TestKeys.Issuer.GetRSAPublicKey()!;
        var signed = SignedXmlSigner.SignText(SampleDocuments.UnderAncestors, SampleDocuments.Id, new() { InclusivePrefixes = "xs" });

        Assert.IsTrue(SignedXmlSigner.CheckWithSignedXml(signed, SampleDocuments.Id, publicKey));
        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(SignedXmlSigner.Load(signed, SampleDocuments.Id), Trusted).Valid);
    }

    [TestMethod]
    public void CryptographyXmlAssembly_LoadedVersion_IsAtLeastThePatchedRelease()
    {
        // Earlier 10.0 releases carry signature-bypass CVEs (SECURITY.md: use >= 10.0.10).
        var assembly = typeof(SignedXml).Assembly;
        var info = System.Diagnostics.FileVersionInfo.GetVersionInfo(assembly.Location);
        var product = Version.Parse(info.ProductVersion!.Split('+', '-')[0]);

        Assert.IsTrue(product >= new Version(10, 0, 10), $"System.Security.Cryptography.Xml {info.ProductVersion} at {assembly.Location}");
        Assert.IsTrue(new Version(info.FileMajorPart, info.FileMinorPart, info.FileBuildPart) >= new Version(10, 0, 1000), info.FileVersion);
    }

    [TestMethod]
    public void SafeXmlLoader_CommentInsideSignedText_DoesNotChangeWhatIsVerified()
    {
        var signed = SignedXmlSigner.SignText(SampleDocuments.Compact, SampleDocuments.Id)
            .Replace("alice@example.org", "alice@example<!-- c -->.org", StringComparison.Ordinal);
        var loaded = SafeXmlLoader.Load(signed, new XmlLimits()).Document!.Root!;

        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(loaded, Trusted).Valid);
    }
}
