using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Saml;

/// <summary>
/// The verified-assertion cache may only save work: a token seen before is accepted without a new signature check,
/// but any change to it, or to the namespaces it is read in, is checked in full, and time, audience and one-time use
/// are judged on every presentation.
/// </summary>
[TestClass]
public sealed class VerifiedAssertionCacheTests
{
    private static readonly XNamespace Saml = Namespaces.Saml2;

    private static (SamlTestFixture Fixture, VerifiedAssertionCache Cache, AssertionValidator Validator) Create()
    {
        var fixture = new SamlTestFixture();
        var cache = new VerifiedAssertionCache();
        return (fixture, cache, new AssertionValidator(fixture.Issuers, fixture.Options, fixture.Replay, fixture.Time, cache));
    }

    [TestMethod]
    public async Task Validate_SameTokenAgain_IsAcceptedFromTheCache_WithThisRequestsElement()
    {
        var (fixture, cache, validator) = Create();
        var text = SamlTestFixture.Text(fixture.Issuer.Issue(SamlTestFixture.Bearer()));
        var first = await validator.ValidateAsync(SamlTestFixture.Receive(text), fixture.Requirements, CancellationToken.None);
        Assert.IsTrue(first.Success, first.Failure?.Reason);
        Assert.AreEqual(1, cache.Count);

        var again = SamlTestFixture.Receive(text);
        var second = await validator.ValidateAsync(again, fixture.Requirements, CancellationToken.None);
        Assert.IsTrue(second.Success, second.Failure?.Reason);
        Assert.AreSame(again, second.Assertion!.Element);
        Assert.AreEqual(first.Assertion!.Subject, second.Assertion.Subject);
        Assert.AreEqual(1, cache.Count);
    }

    [TestMethod]
    public async Task Validate_TamperedCopyOfACachedToken_IsRejected()
    {
        var (fixture, _, validator) = Create();
        var text = SamlTestFixture.Text(fixture.Issuer.Issue(SamlTestFixture.Bearer()));
        Assert.IsTrue((await validator.ValidateAsync(SamlTestFixture.Receive(text), fixture.Requirements, CancellationToken.None)).Success);

        var tampered = SamlTestFixture.Receive(text);
        tampered.Descendants(Saml + "NameID").Single().Value = "urn:test:someone-else";
        SamlTestFixture.AssertRejected(await validator.ValidateAsync(tampered, fixture.Requirements, CancellationToken.None), SecurityFailureKind.InvalidSecurityToken);
    }

    [TestMethod]
    public async Task Validate_CachedToken_IsStillJudgedOnTimeAudienceAndReplay()
    {
        var (fixture, _, validator) = Create();
        var text = SamlTestFixture.Text(fixture.Issuer.Issue(SamlTestFixture.Bearer(oneTimeUse: true)));
        Assert.IsTrue((await validator.ValidateAsync(SamlTestFixture.Receive(text), fixture.Requirements, CancellationToken.None)).Success);

        SamlTestFixture.AssertRejected(await validator.ValidateAsync(SamlTestFixture.Receive(text), fixture.Requirements, CancellationToken.None), SecurityFailureKind.FailedAuthentication);
        var elsewhere = fixture.Requirements with { Audience = "urn:test:another-rp" };
        SamlTestFixture.AssertRejected(await validator.ValidateAsync(SamlTestFixture.Receive(text), elsewhere, CancellationToken.None), SecurityFailureKind.FailedAuthentication);
        fixture.Time.Advance(TimeSpan.FromHours(1));
        SamlTestFixture.AssertRejected(await validator.ValidateAsync(SamlTestFixture.Receive(text), fixture.Requirements, CancellationToken.None), SecurityFailureKind.FailedAuthentication);
    }

    [TestMethod]
    public void KeyOf_SameAssertionUnderAnotherBindingOfAnAncestorPrefix_IsAnotherKey()
    {
        var (fixture, _, _) = Create();
        var text = SamlTestFixture.Text(fixture.Issuer.Issue(SamlTestFixture.Bearer()));
        XElement Within(string binding) => new(XName.Get("Wrapper", "urn:w"), new XAttribute(XNamespace.Xmlns + "xs", binding), SamlTestFixture.Receive(text));
        var one = Within("http://www.w3.org/2001/XMLSchema").Elements().Single();
        var other = Within("urn:attacker").Elements().Single();
        Assert.AreEqual(VerifiedAssertionCache.KeyOf(one), VerifiedAssertionCache.KeyOf(Within("http://www.w3.org/2001/XMLSchema").Elements().Single()));
        Assert.AreNotEqual(VerifiedAssertionCache.KeyOf(one), VerifiedAssertionCache.KeyOf(other));
    }
}
