using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Discovery.Tokens;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Discovery;

/// <summary>The token Discovery mints for a discovered service: audience, NameID, requestor attributes, lifetime, and never the service-call marker.</summary>
[TestClass]
public sealed class DiscoveryTokensTests
{
    private static readonly RequestorContext Requestor = new()
    {
        ProviderId = "urn:example:app",
        ApplicationId = "calendar",
        SubscriberId = "sip:alice@example.org",
        Hplmn = true,
        Mechanism = SecurityMechanisms.TlsBearer,
        Issuer = TestIdentity.IdpEntityId,
        AssertionId = "_a",
    };

    [TestMethod]
    public void For_Requestor_IssuesBearerTokenNamingTheRequestorForThatService()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var tokens = new DiscoveryTokens(new AssertionIssuer(TestIdentity.Idp, time), time, TimeSpan.FromMinutes(5));

        var (assertion, error) = SamlAssertionReader.Read(tokens.For(Requestor, "urn:gupsoap:gup-server"));

        Assert.IsNull(error, error);
        Assert.AreEqual("urn:gupsoap:gup-server", assertion!.AudienceRestrictions.Single().Single());
        Assert.AreEqual("urn:example:app", assertion.Subject.NameId);
        Assert.AreEqual(SamlNames.NameIdFormatEntity, assertion.Subject.Format);
        Assert.AreEqual(SamlNames.MethodBearer, assertion.Confirmations.Single().Method);
        Assert.AreEqual("urn:example:app", assertion.Attribute(GupAttributes.Requestor));
        Assert.AreEqual("calendar", assertion.Attribute(GupAttributes.ApplicationId));
        Assert.AreEqual("sip:alice@example.org", assertion.Attribute(GupAttributes.Subscriber));
        Assert.AreEqual("true", assertion.Attribute(GupAttributes.Hplmn));
        Assert.IsFalse(assertion.Attributes.ContainsKey(GupAttributes.ServiceCall));
        Assert.AreEqual(time.GetUtcNow() + TimeSpan.FromMinutes(5), assertion.NotOnOrAfter);
    }

    [TestMethod]
    public void For_SameRequestorAndService_ReusesTokenUntilRenewal_OtherServiceGetsItsOwn()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero));
        var tokens = new DiscoveryTokens(new AssertionIssuer(TestIdentity.Idp, time), time, TimeSpan.FromMinutes(5));

        var first = tokens.For(Requestor, "urn:gupsoap:gup-server");
        var again = tokens.For(Requestor, "urn:gupsoap:gup-server");
        var other = tokens.For(Requestor, "urn:gupsoap:raf:hss");
        time.Advance(TimeSpan.FromMinutes(4.5));
        var renewed = tokens.For(Requestor, "urn:gupsoap:gup-server");

        Assert.AreSame(first, again);
        Assert.AreNotSame(first, other);
        Assert.AreNotSame(first, renewed);
    }
}
