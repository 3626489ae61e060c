using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md S-attacks against the request pipeline of a running server (Rg and Rp): each is refused with a WSS
/// fault carrying lu:Status AuthenticationError, and no data is served.
/// </summary>
[TestClass]
public sealed class MessageSecurityAttackTests
{
    private static readonly XNamespace Saml = Namespaces.Saml2;
    private static readonly XNamespace Ds = Namespaces.XmlDsig;

    private static string AliceQuery => RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo");

    private static async Task<SoapHttp.SoapAnswer> QueryWithAsync(XElement token, string sender = TestIdentity.TestProvider) =>
        await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, SecurityTokens.Headers(token, sender)));

    private static void AssertRefused(SoapHttp.SoapAnswer answer, string faultCode)
    {
        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.AreEqual(faultCode, answer.FaultCode, answer.Text);
        Assert.AreEqual("AuthenticationError", answer.ErrorType, answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task ValidToken_IsServed()
    {
        var answer = await QueryWithAsync(SecurityTokens.FromIdp(SecurityTokens.For()));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.Contains("Alice", answer.Text);
    }

    [TestMethod]
    public async Task NoToken_IsFailedAuthentication()
    {
        var headers = SoapMessages.Headers(token: false);
        AssertRefused(await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, headers)), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task ExtraUnsignedAssertion_BesideTheSignedOne_IsRejected()
    {
        var signed = SecurityTokens.FromIdp(SecurityTokens.For());
        var evil = new XElement(signed);
        evil.Element(Ds + "Signature")!.Remove();
        evil.Attribute("ID")!.Value = "_evil";
        var security = SoapMessages.Security(SoapMessages.Instant(DateTimeOffset.UtcNow), SecurityTokens.Text(signed) + SecurityTokens.Text(evil));
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, SoapMessages.Headers(security: security)));
        AssertRefused(answer, "wsse:InvalidSecurityToken");
    }

    [TestMethod]
    public async Task ExtraAssertion_InAnotherHeader_IsRejected()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For());
        var other = SecurityTokens.FromIdp(SecurityTokens.For("urn:gupsoap:app:other"));
        var headers = SecurityTokens.Headers(token) + $"""<sb:TargetIdentity xmlns:sb="{Namespaces.SoapBinding}">{SecurityTokens.Text(other)}</sb:TargetIdentity>""";
        AssertRefused(await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, headers)), "wsse:InvalidSecurityToken");
    }

    [TestMethod]
    public async Task SignatureRemoved_IsRejected()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For());
        token.Element(Ds + "Signature")!.Remove();
        AssertRefused(await QueryWithAsync(token), "wsse:InvalidSecurityToken");
    }

    [TestMethod]
    public async Task TamperedSubject_IsRejected()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For("urn:gupsoap:app:nobody"));
        token.Descendants(Saml + "NameID").Single().Value = TestIdentity.TestProvider;
        AssertRefused(await QueryWithAsync(token), "wsse:InvalidSecurityToken");
    }

    [TestMethod]
    public async Task ResignedWithAttackerKey_UnderTrustedIssuerName_IsRejected()
    {
        using var attacker = SecurityTokens.NewKey("CN=attacker");
        AssertRefused(await QueryWithAsync(SecurityTokens.ForgedIdp(SecurityTokens.For(), attacker)), "wsse:InvalidSecurityToken");
    }

    [TestMethod]
    public async Task UntrustedIssuer_IsFailedAuthentication()
    {
        using var key = SecurityTokens.NewKey("CN=stranger");
        var token = new Core.Saml.AssertionIssuer(new Core.Security.SigningCredentials(key, "urn:stranger:idp"), TimeProvider.System).Issue(SecurityTokens.For());
        AssertRefused(await QueryWithAsync(token), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task ExpiredToken_IsFailedAuthentication()
    {
        // Issued an hour ago for ten minutes.
        var past = new Core.Saml.AssertionIssuer(TestIdentity.Idp, new ManualTimeProvider(DateTimeOffset.UtcNow.AddHours(-1))).Issue(SecurityTokens.For());
        AssertRefused(await QueryWithAsync(past), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task WrongAudience_IsFailedAuthentication()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For(audience: "urn:gupsoap:raf:hss"));
        AssertRefused(await QueryWithAsync(token), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task TokenIssuedToAnotherProvider_IsFailedAuthentication()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For("urn:gupsoap:app:someone-else"));
        AssertRefused(await QueryWithAsync(token, sender: TestIdentity.TestProvider), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task OneTimeToken_Replayed_IsFailedAuthentication()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For() with { OneTimeUse = true });
        var first = await QueryWithAsync(new XElement(token));
        Assert.AreEqual("OK", first.StatusCode, first.Text);
        AssertRefused(await QueryWithAsync(new XElement(token)), "wsse:FailedAuthentication");
    }

    [TestMethod]
    public async Task OneTimeToken_ReplayedAfterRestart_IsFailedAuthentication()
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            var token = SecurityTokens.FromIdp(SecurityTokens.For() with { OneTimeUse = true });
            await using (var server = await GupServer.StartInAsync(data, ownsDataDirectory: false))
            {
                var first = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery, SecurityTokens.Headers(new XElement(token))));
                Assert.AreEqual("OK", first.StatusCode, first.Text);
            }

            await using var restarted = await GupServer.StartInAsync(data, ownsDataDirectory: false);
            var replay = await SoapHttp.PostAsync(restarted.Rg, SoapMessages.Envelope11(AliceQuery, SecurityTokens.Headers(new XElement(token))));
            AssertRefused(replay, "wsse:FailedAuthentication");
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task MessageReplayedAfterRestart_IsDuplicateMsg()
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            var envelope = SoapMessages.Envelope11(AliceQuery, SoapMessages.Headers(SoapMessages.NewMessageId()));
            await using (var server = await GupServer.StartInAsync(data, ownsDataDirectory: false))
            {
                Assert.AreEqual("OK", (await SoapHttp.PostAsync(server.Rg, envelope)).StatusCode);
            }

            await using var restarted = await GupServer.StartInAsync(data, ownsDataDirectory: false);
            Assert.AreEqual("sb:DuplicateMsg", (await SoapHttp.PostAsync(restarted.Rg, envelope)).FaultCode);
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task UnauthenticatedRequest_DoesNotUseUpItsMessageId()
    {
        var messageId = SoapMessages.NewMessageId();
        var forged = SecurityTokens.FromIdp(SecurityTokens.For());
        forged.Element(Ds + "Signature")!.Remove();
        AssertRefused(await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, SecurityTokens.Headers(forged, messageId: messageId))), "wsse:InvalidSecurityToken");

        var genuine = await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, SoapMessages.Headers(messageId)));
        Assert.AreEqual("OK", genuine.StatusCode, genuine.Text);
    }

    [TestMethod]
    public async Task MissingTimestamp_IsStaleMsg()
    {
        var security = $"""<wsse:Security xmlns:wsse="{Namespaces.WsSecurity}">{TestIdentity.TokenText()}</wsse:Security>""";
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, SoapMessages.Headers(security: security)));
        Assert.AreEqual("sb:StaleMsg", answer.FaultCode, answer.Text);
    }

    [TestMethod]
    public async Task SecondSecurityHeader_IsRejected()
    {
        var headers = SoapMessages.Headers() + SoapMessages.Security(SoapMessages.Instant(DateTimeOffset.UtcNow), TestIdentity.TokenText("urn:gupsoap:app:other"));
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(AliceQuery, headers));
        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task PlainHttp_WithoutNullBearerSwitch_IsInvalidSecurity()
    {
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false");
        var answer = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery));
        AssertRefused(answer, "wsse:InvalidSecurity");

        // A token from the server's own key (what the token command mints) is no exception: only relayed requests are.
        var own = SecurityTokens.FromServer(SecurityTokens.For());
        AssertRefused(await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery, SecurityTokens.Headers(own))), "wsse:InvalidSecurity");
    }

    [TestMethod]
    public async Task RpToken_ForAnotherRaf_IsFailedAuthentication()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For(audience: "urn:gupsoap:raf:services"));
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), SecurityTokens.Headers(token)));
        AssertRefused(answer, "wsse:FailedAuthentication");
    }
}
