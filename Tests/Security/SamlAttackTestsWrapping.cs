using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Tests.Unit.Saml;
using static GupSoap.Tests.Security.SamlAttackKit;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md S1 and S2: XML Signature Wrapping (Somorovsky et al., "On Breaking SAML", XSW1–XSW8 as catalogued by
/// SAML Raider) and extra unsigned assertions (CVE-2022-41912). Each arrangement is sent over the wire and the element
/// the application would consume (the assertion naming the attacker's subject) is handed to the validator, which must
/// refuse it: only the element carrying its own valid enveloped signature is ever accepted.
/// </summary>
[TestClass]
public sealed class SamlAttackTestsWrapping
{
    private readonly SamlTestFixture _fixture = new();

    private XElement Original => _fixture.IssueOverTheWire();

    [TestMethod]
    public async Task Validate_GenuineAssertion_IsAccepted()
    {
        Assert.IsTrue((await _fixture.ValidateAsync(Original)).Success, "the baseline the attacks start from");
    }

    [TestMethod]
    public async Task Validate_XswVariant1_IsRejected()
    {
        // Evil assertion with the original's ID and signature; the signed original hides inside that Signature.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: true);
        Signature(evil).Add(original);

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(evil));
    }

    [TestMethod]
    public async Task Validate_XswVariant2_IsRejected()
    {
        // Evil assertion under a new ID carries the original signature, and the unsigned original as a detached sibling of it.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: true);
        evil.SetAttributeValue("ID", "_evil");
        Signature(evil).AddAfterSelf(Unsigned(original));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(evil));
    }

    [TestMethod]
    public async Task Validate_XswVariant3_IsRejected()
    {
        // Unsigned evil assertion with the same ID placed before the signed original, as its sibling.
        var original = Original;
        var response = new XElement(Samlp + "Response", EvilCopy(original, keepSignature: false), original);

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(response));
    }

    [TestMethod]
    public async Task Validate_XswVariant4_IsRejected()
    {
        // Evil assertion wrapping the signed original.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: false);
        evil.Add(original);

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(new XElement(Samlp + "Response", evil)));
    }

    [TestMethod]
    public async Task Validate_XswVariant5_IsRejected()
    {
        // Evil assertion carries the original's signature; the unsigned original (same ID) is appended to the response.
        var original = Original;
        var response = new XElement(Samlp + "Response", EvilCopy(original, keepSignature: true), Unsigned(original));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(response));
    }

    [TestMethod]
    public async Task Validate_XswVariant6_IsRejected()
    {
        // Evil assertion carries the original's signature, with the unsigned original copied inside that Signature.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: true);
        Signature(evil).Add(Unsigned(original));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(evil));
    }

    [TestMethod]
    public async Task Validate_XswVariant7_IsRejected()
    {
        // The signed original hides in an Extensions element; the unsigned evil assertion sits beside it.
        var original = Original;
        var response = new XElement(Samlp + "Response", new XElement(Samlp + "Extensions", original), EvilCopy(original, keepSignature: false));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(response));
    }

    [TestMethod]
    public async Task Validate_XswVariant8_IsRejected()
    {
        // Evil assertion carries the original's signature, with the unsigned original in a ds:Object of it.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: true);
        Signature(evil).Add(new XElement(Ds + "Object", Unsigned(original)));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(evil));
    }

    [TestMethod]
    public async Task Validate_SignedOriginalInsideEvilAdvice_IsRejected()
    {
        // Evil assertion re-using the original's signature and quoting the signed original in Advice.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: true);
        evil.Element(SamlNames.Subject)!.AddAfterSelf(new XElement(SamlNames.Advice, original));

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(evil));
    }

    [TestMethod]
    public async Task Validate_SignedOriginalUnderANewParent_IsRejectedWhenTheEvilCopyIsConsumed()
    {
        // The original keeps its valid signature in a new wrapper; the consumed evil copy has a fresh ID and no signature.
        var original = Original;
        var evil = EvilCopy(original, keepSignature: false);
        evil.SetAttributeValue("ID", "_evil");
        var response = new XElement(Samlp + "Response", new XElement("Wrapper", original), evil);

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(response));
    }

    [TestMethod]
    public async Task Validate_ExtraUnsignedAssertionInsideTheSignedOne_IsRejected()
    {
        // S2 (CVE-2022-41912): even when the trusted issuer's signature covers it, an assertion holding another is refused.
        var original = Original;
        original.Element(SamlNames.Subject)!.AddAfterSelf(new XElement(SamlNames.Advice, EvilCopy(Unsigned(original), keepSignature: false)));
        ResignAsTrustedIssuer(original);
        var consumed = SamlTestFixture.Receive(SamlTestFixture.Text(original));

        var check = await _fixture.ValidateAsync(consumed);

        SamlTestFixture.AssertRejected(check, Core.Security.SecurityFailureKind.InvalidSecurityToken);
        StringAssert.Contains(check.Failure!.Reason, "another assertion");
    }

    [TestMethod]
    public async Task Validate_ExtraUnsignedAssertionBesideTheSignedOne_IsRejectedWhenConsumed()
    {
        var original = Original;
        var extra = EvilCopy(original, keepSignature: false);
        extra.SetAttributeValue("ID", "_extra");
        var response = new XElement(Samlp + "Response", original, extra);

        await AssertRejectedEverywhereAsync(_fixture, SendAndPickEvil(response));
    }
}
