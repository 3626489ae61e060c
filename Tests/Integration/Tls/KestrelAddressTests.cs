using GupSoap.Core.Hosting;
using GupSoap.Server.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GupSoap.Tests.Integration.Tls;

[TestClass]
public sealed class KestrelAddressTests
{
    [TestMethod]
    public async Task ConfigureHttps_LocalhostPortZeroInUrls_KeepsAnsweringOnHttp()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, "--urls", "http://localhost:0");
        using var plain = new HttpClient();
        Assert.AreEqual("none", await plain.GetStringAsync(server.Http));
    }

    [TestMethod]
    public void ParseList_HttpsInUrls_Throws()
    {
        Assert.ThrowsExactly<ConfigurationException>(() => KestrelAddress.ParseList("http://127.0.0.1:0;https://127.0.0.1:0"));
    }

    [TestMethod]
    public void ParseList_DuplicatesAndEmptyEntries_AreDropped()
    {
        Assert.HasCount(2, KestrelAddress.ParseList(";http://127.0.0.1:0;;http://[::1]:0;http://127.0.0.1:0;"));
    }

    [TestMethod]
    public void Listen_HostName_Throws()
    {
        var address = KestrelAddress.Parse("http://example.org:8080", "urls");
        Assert.ThrowsExactly<ConfigurationException>(() => address.Listen(new KestrelServerOptions(), configure: null));
    }
}
