using System.Net;
using GupSoap.Server.Hosting;

namespace GupSoap.Tests.Integration.Tls;

/// <summary>The real host with <see cref="HttpsConfiguration"/> applied: every endpoint answers on http and on https.</summary>
[TestClass]
public sealed class GupSoapHostHttpsTests
{
    [TestMethod]
    public async Task GupSoapHost_WithHttpsUrl_ServesHealthzOnHttpAndHttps()
    {
        using var files = new TlsTestFiles();
        var app = await GupSoapHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--Gup:Https:Url=https://127.0.0.1:0", $"--Gup:DataDirectory={files.DataDirectory}", "--Gup:Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"]);
        await using (app)
        {
            await app.StartAsync();
            Assert.HasCount(2, app.Urls);
            Assert.StartsWith("http://", app.Urls.First(), "the plain address stays first, as tests and logs expect");
            using var plain = new HttpClient();
            using var pinned = files.Client(clientCertificate: null);
            foreach (var (client, address) in new[] { (plain, app.Urls.First()), (pinned, app.Urls.Last()) })
            {
                using var response = await client.GetAsync(new Uri(address + "/healthz"));
                Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, address);
            }

            await app.StopAsync();
        }
    }
}
