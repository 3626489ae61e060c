using GupSoap.Tests.Integration.Redirect;
using GupSoap.Tests.Integration.Tls;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Redirect mode with security defaults (no development switch): the Rp address handed out is the https one, the
/// assertion works there, and it is refused over plain HTTP even from loopback — it is not a service-to-service token.
/// </summary>
[TestClass]
public sealed class RedirectOverTlsTests
{
    private const string Alice = "sip:alice@example.org";

    [TestMethod]
    public async Task RedirectAssertion_OverHttps_IsServed_OverPlainHttp_IsRefused()
    {
        using var files = new TlsTestFiles();
        await using var server = await GupServer.StartInAsync(files.DataDirectory, ownsDataDirectory: false,
            ["--Gup:Https:Url=https://127.0.0.1:0", "--Gup:Security:AllowNullBearer=false", "--Gup:Redirect:Mode=WhenSupported"]);
        using var https = files.Client(clientCertificate: null);
        var rg = new Uri(server.Urls[^1], "gup/rg");
        var query = RedirectText.Indicating(RgText.Query(Alice, "/gup:Profile/sub:SubscriberInfo"), "Supported");

        var first = await SoapHttp.PostAsync(rg, SoapMessages.Envelope11(query), client: https);
        Assert.AreEqual("Redirected", first.StatusCode, first.Text);
        var redirect = RedirectText.Redirects(first).Single();
        Assert.AreEqual(Uri.UriSchemeHttps, redirect.Address.Scheme);
        var read = SoapMessages.Read(Alice, "sub:SubscriberInfo", "/sub:SubscriberInfo");
        var served = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(read, RedirectText.Headers(redirect.Assertion)), client: https);
        Assert.AreEqual("OK", served.StatusCode, served.Text);
        Assert.Contains("Alice", served.Text);

        var second = RedirectText.Redirects(await SoapHttp.PostAsync(rg, SoapMessages.Envelope11(query), client: https)).Single();
        var plain = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(read, RedirectText.Headers(second.Assertion)));
        Assert.AreEqual("wsse:InvalidSecurity", plain.FaultCode, plain.Text);
        Assert.DoesNotContain("Alice", plain.Text);
    }
}
