using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Unit.Saml;

[TestClass]
public sealed class AssertionValidatorTests
{
    [TestMethod]
    public async Task ValidateAsync_BearerAssertion_ReturnsAssertionIssuerAndConfirmation()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire();

        var check = await fixture.ValidateAsync(element);

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        Assert.AreSame(element, check.Assertion!.Element, "the verified element is the one handed on");
        Assert.AreEqual(TestKeys.IssuerEntityId, check.Issuer!.EntityId);
        Assert.IsTrue(check.Issuer.Hplmn);
        Assert.AreEqual(SamlNames.MethodBearer, check.Confirmation!.Method);
        Assert.AreEqual("urn:test:requestor", check.Assertion.Subject.NameId);
        Assert.AreEqual("sip:alice@example.org", check.Assertion.Attribute(GupAttributes.Subscriber));
        Assert.IsEmpty(fixture.Replay.Entries, "only one-time assertions are recorded");
    }

    [TestMethod]
    public async Task ValidateAsync_HolderOfKeyAssertion_ReturnsTheKeyToBeProven()
    {
        var fixture = new SamlTestFixture();
        var sender = TestKeys.PublicOnly(TestKeys.Attacker);
        var element = fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { HolderOfKey = sender });

        var check = await fixture.ValidateAsync(element);

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        Assert.AreEqual(SamlNames.MethodHolderOfKey, check.Confirmation!.Method);
        Assert.AreEqual(sender.Thumbprint, check.Confirmation.Key!.Thumbprint);
    }

    [TestMethod]
    public async Task ValidateAsync_OneTimeUseAssertion_IsRecordedUntilExpiryPlusSkew()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire(SamlTestFixture.Bearer(oneTimeUse: true));

        var check = await fixture.ValidateAsync(element);

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        var entry = fixture.Replay.Entries.Single();
        Assert.AreEqual((TestKeys.IssuerEntityId, check.Assertion!.Id), entry.Key);
        Assert.AreEqual(SamlTestFixture.Start + TimeSpan.FromMinutes(5) + SamlOptions.DefaultClockSkew, entry.Value);
    }

    [TestMethod]
    public async Task ValidateAsync_ExactlyAtNotBeforeMinusSkew_IsAccepted()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire();
        fixture.Time.Advance(-SamlOptions.DefaultClockSkew);

        Assert.IsTrue((await fixture.ValidateAsync(element)).Success);
    }

    [TestMethod]
    public async Task ValidateAsync_JustBeforeNotBeforeMinusSkew_IsRejected()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire();
        fixture.Time.Advance(-SamlOptions.DefaultClockSkew - TimeSpan.FromMilliseconds(1));

        SamlTestFixture.AssertRejected(await fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task ValidateAsync_JustBeforeNotOnOrAfterPlusSkew_IsAccepted()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire();
        fixture.Time.Advance(TimeSpan.FromMinutes(5) + SamlOptions.DefaultClockSkew - TimeSpan.FromMilliseconds(1));

        Assert.IsTrue((await fixture.ValidateAsync(element)).Success);
    }

    [TestMethod]
    public async Task ValidateAsync_ExactlyAtNotOnOrAfterPlusSkew_IsRejected()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire();
        fixture.Time.Advance(TimeSpan.FromMinutes(5) + SamlOptions.DefaultClockSkew);

        SamlTestFixture.AssertRejected(await fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task ValidateAsync_SkewConfiguredAboveTheCap_UsesTheCap()
    {
        var fixture = new SamlTestFixture(o => o.ClockSkew = TimeSpan.FromMinutes(10));
        var element = fixture.IssueOverTheWire();
        fixture.Time.Advance(TimeSpan.FromMinutes(5) + SamlOptions.MaxClockSkew);

        Assert.AreEqual(SamlOptions.MaxClockSkew, fixture.Options.ClockSkew);
        SamlTestFixture.AssertRejected(await fixture.ValidateAsync(element), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public async Task ValidateAsync_RecipientAbsent_IsAccepted()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { Recipient = null });

        Assert.IsTrue((await fixture.ValidateAsync(element)).Success);
    }

    [TestMethod]
    public async Task ValidateAsync_RecipientIsOurProviderId_IsAccepted()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { Recipient = SamlTestFixture.Audience });

        Assert.IsTrue((await fixture.ValidateAsync(element)).Success);
    }

    [TestMethod]
    public async Task ValidateAsync_OneOfSeveralAudiences_IsAccepted()
    {
        var fixture = new SamlTestFixture();
        var element = fixture.IssueOverTheWire(SamlTestFixture.Bearer() with { Audiences = ["urn:test:other", SamlTestFixture.Audience] });

        Assert.IsTrue((await fixture.ValidateAsync(element)).Success);
    }

    [TestMethod]
    public void SamlOptions_NegativeSkew_IsTakenAsZero()
    {
        var options = new SamlOptions { ClockSkew = TimeSpan.FromSeconds(-5) };

        Assert.AreEqual(TimeSpan.Zero, options.ClockSkew);
        Assert.AreEqual(TimeSpan.FromSeconds(60), new SamlOptions().ClockSkew);
    }
}
