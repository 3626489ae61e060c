using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Saml;
using GupSoap.Tests.Unit.Security.Signatures;
using static GupSoap.Tests.Security.SamlAttackKit;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md S5, S9, S11, S12, S13 and the subject-confirmation rules: correctly signed assertions whose claims must
/// not authenticate this request. Edited assertions are re-signed with the trusted key, so only the claim is at fault.
/// </summary>
[TestClass]
public sealed class SamlAttackTestsClaims
{
    private readonly SamlTestFixture _fixture = new();

    [TestMethod]
    public async Task Validate_CommentInsideSignedNameId_ComparesTheWholeText()
    {
        // S5 (CVE-2017-11427): the signed NameID is "admin@x.evil"; a comment splits it without breaking the signature.
        var text = SamlTestFixture.Text(_fixture.Issuer.Issue(SamlTestFixture.Bearer() with { NameId = "admin@x.evil" }))
            .Replace(">admin@x.evil<", ">admin@x<!---->.evil<", StringComparison.Ordinal);

        var check = await _fixture.ValidateAsync(SamlTestFixture.Receive(text));

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        Assert.AreEqual("admin@x.evil", check.Assertion!.Subject.NameId);
    }

    [TestMethod]
    public async Task Validate_OneTimeUseReplayed_IsRejected()
    {
        // S9.
        var text = SamlTestFixture.Text(_fixture.Issuer.Issue(SamlTestFixture.Bearer(oneTimeUse: true)));
        Assert.IsTrue((await _fixture.ValidateAsync(SamlTestFixture.Receive(text))).Success);

        var replay = await _fixture.ValidateAsync(SamlTestFixture.Receive(text));

        SamlTestFixture.AssertRejected(replay, SecurityFailureKind.FailedAuthentication);
        StringAssert.Contains(replay.Failure!.Reason, "replayed");
    }

    [TestMethod]
    public async Task Validate_ReplayCacheDown_FailsClosed()
    {
        // S9 / R10: a store that cannot answer refuses the assertion.
        var element = _fixture.IssueOverTheWire(SamlTestFixture.Bearer(oneTimeUse: true));
        _fixture.Replay.Broken = true;

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.Unavailable);
    }

    [TestMethod]
    public async Task Validate_Expired_IsRejected()
    {
        // S11.
        var element = _fixture.IssueOverTheWire();
        _fixture.Time.Advance(TimeSpan.FromHours(1));

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_NotYetValid_IsRejected()
    {
        var element = _fixture.IssueOverTheWire();
        _fixture.Time.Advance(TimeSpan.FromMinutes(-10));

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_NotOnOrAfterMissing_IsRejected()
    {
        var element = Edit(a => a.Element(SamlNames.Conditions)!.Attribute("NotOnOrAfter")!.Remove());

        var check = await _fixture.ValidateAsync(element);

        SamlTestFixture.AssertRejected(check, SecurityFailureKind.FailedAuthentication);
        StringAssert.Contains(check.Failure!.Reason, "NotOnOrAfter");
    }

    [TestMethod]
    public async Task Validate_ConditionsMissing_IsRejected()
    {
        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(Edit(a => a.Element(SamlNames.Conditions)!.Remove())), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_SubjectConfirmationDataExpired_IsRejected()
    {
        var element = Edit(a => a.Descendants(SamlNames.SubjectConfirmationData).Single().SetAttributeValue("NotOnOrAfter", "2026-03-01T11:00:00Z"));

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_WrongAudience_IsRejected()
    {
        // S12.
        var element = _fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { Audiences = ["urn:test:other-rp"] });

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_OneOfTwoAudienceRestrictionsMissingUs_IsRejected()
    {
        var element = Edit(a => a.Element(SamlNames.Conditions)!.Element(SamlNames.AudienceRestriction)!
            .AddAfterSelf(new XElement(SamlNames.AudienceRestriction, new XElement(SamlNames.Audience, "urn:test:other-rp"))));

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_NoAudienceRestriction_IsRejected()
    {
        var element = Edit(a => a.Element(SamlNames.Conditions)!.Element(SamlNames.AudienceRestriction)!.Remove());

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_WrongRecipient_IsRejected()
    {
        var element = _fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { Recipient = "https://evil.example/soap" });

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_UntrustedIssuer_IsRejected()
    {
        // S13: signed by the attacker, naming the attacker as issuer.
        var element = _fixture.IssueOverTheWire();
        element.Element(SamlNames.Issuer)!.Value = "urn:test:attacker";
        using (var key = TestKeys.Attacker.GetRSAPrivateKey()!)
        {
            TestResigner.Resign(element, key);
        }

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(SamlTestFixture.Receive(SamlTestFixture.Text(element))), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_IssuerNameDifferingOnlyInCase_IsRejected()
    {
        var element = Edit(a => a.Element(SamlNames.Issuer)!.Value = TestKeys.IssuerEntityId.ToUpperInvariant());

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    [DataRow(SamlNames.MethodSenderVouches, DisplayName = "sender-vouches")]
    [DataRow("urn:test:unknown-method", DisplayName = "unknown method")]
    [DataRow(SamlNames.MethodHolderOfKey, DisplayName = "holder-of-key without a key")]
    public async Task Validate_UnacceptableSubjectConfirmation_IsRejected(string method)
    {
        var element = Edit(a => a.Descendants(SamlNames.SubjectConfirmation).Single().SetAttributeValue("Method", method));

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_TwoSubjectConfirmations_IsRejected()
    {
        var element = Edit(a =>
        {
            var confirmation = a.Descendants(SamlNames.SubjectConfirmation).Single();
            confirmation.AddAfterSelf(new XElement(confirmation));
        });

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task Validate_NoSubjectConfirmation_IsRejected()
    {
        var element = Edit(a => a.Descendants(SamlNames.SubjectConfirmation).Single().Remove());

        SamlTestFixture.AssertRejected(await _fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    /// <summary>Issues a genuine assertion, applies the edit, re-signs it with the trusted key and sends it over the wire.</summary>
    private XElement Edit(Action<XElement> edit)
    {
        var assertion = _fixture.IssueOverTheWire();
        edit(assertion);
        ResignAsTrustedIssuer(assertion);
        return SamlTestFixture.Receive(SamlTestFixture.Text(assertion));
    }
}
