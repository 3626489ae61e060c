using GupSoap.Contracts.Rp;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Server.Routing;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Saml;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Unit.Routing;

/// <summary>
/// The in-process Rp hop hands a RAF the requestor it would read back from the GUP Server's token over SOAP: both
/// transports must lead to the same decision, so both must describe the same requestor.
/// </summary>
[TestClass]
public sealed class RelayedRequestorTests
{
    private static readonly RafEndpoint Raf = new("hss", SamlTestFixture.Audience, [], null);

    public static IEnumerable<object?[]> Requestors =>
    [
        [new RequestorContext { ProviderId = "urn:test:app", ApplicationId = "urn:test:app:1", SubscriberId = "sip:alice@example.org", Hplmn = false, Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = "a1" }, "sip:alice@example.org", RpOperations.ReadData],
        [new RequestorContext { ProviderId = "urn:test:app", Hplmn = true, Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = "a2" }, "sip:bob@example.org", RpOperations.ModifyData],
        [new RequestorContext { ProviderId = "urn:test:app", Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = "a3" }, null, RpOperations.ListData],
        [new RequestorContext { ProviderId = TestKeys.IssuerEntityId, Hplmn = true, Mechanism = "internal", Issuer = TestKeys.IssuerEntityId, AssertionId = "internal", IsSystem = true }, "sip:alice@example.org", RpOperations.DeleteComponent],
    ];

    [TestMethod]
    [DynamicData(nameof(Requestors))]
    public async Task For_AnyRequestor_EqualsWhatTheRafReadsFromTheRelayToken(RequestorContext requestor, string? resource, string operation)
    {
        var fixture = new SamlTestFixture();
        var validator = new AssertionValidator(new TrustedIssuers([new TrustedIssuer(TestKeys.IssuerEntityId, [TestKeys.PublicOnly(TestKeys.Issuer)], hplmn: true, intermediary: true)]),
            fixture.Options, fixture.Replay, fixture.Time);
        var token = new RpTokens(fixture.Issuer, fixture.Time).For(requestor, Raf, resource, operation);
        var check = await validator.ValidateAsync(SamlTestFixture.Receive(SamlTestFixture.Text(token)), fixture.Requirements, CancellationToken.None);
        Assert.IsTrue(check.Success, check.Failure?.Reason);
        var (overSoap, failure) = RequestorContextFactory.Create(check, TestKeys.IssuerEntityId, SecurityMechanisms.NullBearer);
        Assert.IsNull(failure, failure?.Reason);

        var inProcess = RelayedRequestor.For(requestor, TestKeys.IssuerEntityId, TestKeys.IssuerEntityId, resource, operation);

        // Only how it arrived differs: no token, so no assertion id and no transport mechanism.
        var expected = overSoap! with { Mechanism = inProcess.Mechanism, AssertionId = inProcess.AssertionId, ServiceCall = true };
        Assert.AreEqual(expected.Scope?.ResourceId, inProcess.Scope?.ResourceId);
        CollectionAssert.AreEqual(expected.Scope?.Operations.ToArray(), inProcess.Scope?.Operations.ToArray());
        CollectionAssert.AreEqual(expected.Scope?.ComponentTypes.ToArray(), inProcess.Scope?.ComponentTypes.ToArray());
        Assert.AreEqual(expected with { Scope = null }, inProcess with { Scope = null });
    }
}
