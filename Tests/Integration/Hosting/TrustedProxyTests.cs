using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Hosting;

/// <summary>
/// Behind a TLS-terminating balancer listed in <c>Gup:Hosting:TrustedProxies</c>: the scheme and client it forwards are
/// the ones the security checks see, so TLS at the balancer counts as TLS (SECURITY.md, transport rule).
/// </summary>
[TestClass]
public sealed class TrustedProxyTests
{
    private const string AliceQuery = """<rg:Query><gup:ResourceID type="sip">sip:alice@example.org</gup:ResourceID><rg:QueryItem itemID="q"><rg:Select>/gup:Profile/sub:SubscriberInfo/sub:DisplayName</rg:Select></rg:QueryItem></rg:Query>""";

    [TestMethod]
    [DataRow("127.0.0.1")]
    [DataRow("127.0.0.0/8")]
    public async Task ForwardedHttps_FromATrustedProxy_IsServedAsTls(string trusted)
    {
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false", $"--Gup:Hosting:TrustedProxies:0={trusted}");

        var answer = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery), tweak: request =>
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", "198.51.100.7");
        });

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.Contains("Alice", answer.Text);
    }

    [TestMethod]
    public async Task TrustedProxies_NotAnAddressOrNetwork_RefusesToStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => GupServer.StartAsync("--Gup:Hosting:TrustedProxies:0=balancer.example"));

        Assert.Contains("TrustedProxies", error.Message);
    }
}
