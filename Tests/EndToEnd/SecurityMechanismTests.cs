using GupSoap.Tests.Integration.Tls;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Liberty security mechanisms on real Kestrel with TLS: TLS:Bearer at Rg, ClientTLS:Bearer at Rp (a pinned client
/// certificate bound to sb:Sender), and plain HTTP refused once the development switch is off.
/// </summary>
[TestClass]
public sealed class SecurityMechanismTests
{
    private static string AliceQuery => RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo");

    private static string AliceRead => SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo");

    private static Task<GupServer> StartAsync(TlsTestFiles files, params string[] extra) =>
        GupServer.StartInAsync(files.DataDirectory, ownsDataDirectory: false,
            ["--Gup:Https:Url=https://127.0.0.1:0", "--Gup:Security:AllowNullBearer=false",
             $"--Gup:Security:TrustedClients:0:ProviderId={TestIdentity.TestProvider}", "--Gup:Security:TrustedClients:0:CertificatePath=clients/pinned.pem", .. extra]);

    [TestMethod]
    public async Task TlsBearer_RgQueryOverHttps_IsServed_PlainHttpIsNot()
    {
        using var files = new TlsTestFiles();
        await using var server = await StartAsync(files);
        using var https = files.Client(clientCertificate: null);
        var secure = await SoapHttp.PostAsync(new Uri(server.Urls[^1], "gup/rg"), SoapMessages.Envelope11(AliceQuery), client: https);
        Assert.AreEqual("OK", secure.StatusCode, secure.Text);
        Assert.Contains("Alice", secure.Text);

        var plain = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(AliceQuery));
        Assert.AreEqual("wsse:InvalidSecurity", plain.FaultCode, plain.Text);
        Assert.DoesNotContain("Alice", plain.Text);
    }

    [TestMethod]
    public async Task ClientTlsBearer_PinnedCertificateOfTheSender_IsServed()
    {
        using var files = new TlsTestFiles();
        await using var server = await StartAsync(files, "--Gup:Security:RpRequiresClientTls=true");
        using var pinned = files.Client(clientCertificate: "clients/pinned");
        var answer = await SoapHttp.PostAsync(new Uri(server.Urls[^1], "raf/hss/rp"), SoapMessages.Envelope11(AliceRead), client: pinned);
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.Contains("Alice", answer.Text);
    }

    [TestMethod]
    public async Task ClientTlsBearer_WithoutOrWithUnpinnedOrForeignCertificate_IsRefused()
    {
        using var files = new TlsTestFiles();
        await using var server = await StartAsync(files, "--Gup:Security:RpRequiresClientTls=true");
        var rp = new Uri(server.Urls[^1], "raf/hss/rp");
        using var anonymous = files.Client(clientCertificate: null);
        using var unpinned = files.Client(clientCertificate: "clients/unpinned");
        using var pinned = files.Client(clientCertificate: "clients/pinned");
        foreach (var (client, headers) in new[]
        {
            (anonymous, SoapMessages.Headers()),
            (unpinned, SoapMessages.Headers()),
            (pinned, SoapMessages.Headers(sender: "urn:gupsoap:app:zeep")),
        })
        {
            var answer = await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(AliceRead, headers), client: client);
            Assert.IsNotNull(answer.Fault, answer.Text);
            Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
            Assert.DoesNotContain("Alice", answer.Text);
        }

        var plain = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(AliceRead));
        Assert.AreEqual("wsse:InvalidSecurity", plain.FaultCode, plain.Text);
    }
}
