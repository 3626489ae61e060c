using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// Forwarding headers (X-Forwarded-Proto/-For/-Host) are evidence only from a configured trusted proxy: from anyone
/// else they change nothing, so a client cannot claim TLS it did not use, nor an address it does not have.
/// </summary>
[TestClass]
public sealed class ForwardedHeaderAttackTests
{
    private const string AliceQuery = """<rg:Query><gup:ResourceID type="sip">sip:alice@example.org</gup:ResourceID><rg:QueryItem itemID="q"><rg:Select>/gup:Profile/sub:SubscriberInfo</rg:Select></rg:QueryItem></rg:Query>""";

    private static Task<SoapHttp.SoapAnswer> PostForgedAsync(GupServer server, string proto, string forwardedFor) =>
        SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery), tweak: request =>
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", proto);
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", forwardedFor);
            request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "gup.example.com");
        });

    private static void AssertRefused(SoapHttp.SoapAnswer answer)
    {
        Assert.AreEqual("wsse:InvalidSecurity", answer.FaultCode, answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task ForgedXForwardedProto_FromAnUntrustedPeer_IsIgnored()
    {
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false", "--Gup:Hosting:TrustedProxies:0=192.0.2.10");

        AssertRefused(await PostForgedAsync(server, "https", "198.51.100.7"));
    }

    [TestMethod]
    public async Task ForgedXForwardedProto_WithoutTrustedProxies_IsIgnored()
    {
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false");

        AssertRefused(await PostForgedAsync(server, "https", "198.51.100.7"));
    }

    [TestMethod]
    public async Task ForgedClientCertificateHeader_FromAnUntrustedPeer_IsIgnored()
    {
        using var key = SecurityTokens.NewKey("CN=forged-client");
        var pem = Uri.EscapeDataString(key.ExportCertificatePem());
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false", "--Gup:Hosting:TrustedProxies:0=192.0.2.10",
            "--Gup:Hosting:ClientCertificateHeader=X-Client-Cert");

        var answer = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery), tweak: request =>
        {
            request.Headers.TryAddWithoutValidation("X-Client-Cert", pem);
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        });

        AssertRefused(answer);
    }

    [TestMethod]
    public async Task ForwardedPlainHttp_ThroughATrustedLocalProxy_LosesTheLoopbackException()
    {
        // A balancer on this host relaying a remote client's plain HTTP: the request is the client's, not a loopback one.
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=true", "--Gup:Hosting:TrustedProxies:0=127.0.0.1");

        AssertRefused(await PostForgedAsync(server, "http", "198.51.100.7"));
    }
}
