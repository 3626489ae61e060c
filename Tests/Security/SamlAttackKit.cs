using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Saml;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Security;

/// <summary>
/// Tools for building hostile SAML inputs from a genuine issued assertion: evil copies, re-signing with the trusted
/// key (so that only the rule under test can refuse the input) or the attacker's key, and sending over the wire.
/// </summary>
internal static class SamlAttackKit
{
    public const string EvilNameId = "urn:test:admin";

    public static readonly XNamespace Ds = "http://www.w3.org/2000/09/xmldsig#";
    public static readonly XNamespace Samlp = "urn:oasis:names:tc:SAML:2.0:protocol";

    public static XElement Signature(XElement assertion) => assertion.Element(Ds + "Signature")!;

    public static XElement SignedInfo(XElement assertion) => Signature(assertion).Element(Ds + "SignedInfo")!;

    public static XElement Reference(XElement assertion) => SignedInfo(assertion).Element(Ds + "Reference")!;

    /// <summary>A copy of a signed assertion whose subject is the attacker's choice (its signature, if kept, no longer fits).</summary>
    public static XElement EvilCopy(XElement original, bool keepSignature)
    {
        var evil = new XElement(original);
        evil.Element(SamlNames.Subject)!.Element(SamlNames.NameId)!.Value = EvilNameId;
        if (!keepSignature)
        {
            evil.Element(Ds + "Signature")?.Remove();
        }

        return evil;
    }

    /// <summary>The original without its signature: the same content the signature's digest covers.</summary>
    public static XElement Unsigned(XElement original)
    {
        var copy = new XElement(original);
        Signature(copy).Remove();
        return copy;
    }

    /// <summary>
    /// Sends the arrangement over the wire (text, then SafeXmlLoader) and returns what the application would consume:
    /// the assertion naming the attacker's subject.
    /// </summary>
    public static XElement SendAndPickEvil(XElement arrangement)
    {
        var root = SamlTestFixture.Receive(SamlTestFixture.Text(arrangement));
        return root.DescendantsAndSelf(SamlNames.Assertion).First(a => a.Element(SamlNames.Subject)?.Element(SamlNames.NameId)?.Value == EvilNameId);
    }

    /// <summary>Recomputes the digest and signs SignedInfo with the trusted issuer's key, as if the issuer had signed it.</summary>
    public static void ResignAsTrustedIssuer(XElement assertion)
    {
        using var key = TestKeys.Issuer.GetRSAPrivateKey()!;
        TestResigner.Resign(assertion, key);
    }

    /// <summary>Signs the edited SignedInfo again with the trusted key (digest untouched): only the edit can refuse it.</summary>
    public static void ResignSignedInfoAsTrustedIssuer(XElement assertion)
    {
        using var key = TestKeys.Issuer.GetRSAPrivateKey()!;
        TestResigner.SignSignedInfo(Signature(assertion), key);
    }

    /// <summary>Asserts that the validator refuses the element and that the verifier alone refuses it too.</summary>
    public static async Task AssertRejectedEverywhereAsync(SamlTestFixture fixture, XElement consumed)
    {
        var check = await fixture.ValidateAsync(consumed);
        SamlTestFixture.AssertRejected(check, SecurityFailureKind.InvalidSecurityToken);
        Assert.IsFalse(XmlSignatureVerifier.VerifyEnveloped(consumed, [TestKeys.PublicOnly(TestKeys.Issuer)]).Valid, "verifier alone");
    }
}
