using System.Net;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Integration.Tls;

/// <summary>
/// TLS:Bearer and ClientTLS:Bearer plumbing: the https endpoint beside plain http, the client certificate mapped to
/// a provider only by its pin, and the server certificate trusted by the client only by its pin.
/// </summary>
[TestClass]
public sealed class HttpsEndpointTests
{
    [TestMethod]
    public async Task Https_PinnedClientCertificate_AuthenticatesItsProvider()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, TlsTestFiles.PinSettings);
        using var client = files.Client("clients/pinned");
        Assert.AreEqual(TlsTestFiles.PinnedProvider, await client.GetStringAsync(server.Https));
    }

    [TestMethod]
    public async Task Https_NoOrUnpinnedClientCertificate_AuthenticatesNobody()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, TlsTestFiles.PinSettings);
        using var anonymous = files.Client(clientCertificate: null);
        using var unpinned = files.Client("clients/unpinned");
        Assert.AreEqual("none", await anonymous.GetStringAsync(server.Https));
        Assert.AreEqual("none", await unpinned.GetStringAsync(server.Https));
    }

    [TestMethod]
    public async Task Https_RequireModeWithoutClientCertificate_HandshakeFails()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, [.. TlsTestFiles.PinSettings, "--Gup:Https:ClientCertificates=Require"]);
        using var anonymous = files.Client(clientCertificate: null);
        await Assert.ThrowsAsync<HttpRequestException>(() => anonymous.GetStringAsync(server.Https));
        using var pinned = files.Client("clients/pinned");
        Assert.AreEqual(TlsTestFiles.PinnedProvider, await pinned.GetStringAsync(server.Https));
    }

    [TestMethod]
    public async Task Https_NoneMode_IgnoresClientCertificate()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, [.. TlsTestFiles.PinSettings, "--Gup:Https:ClientCertificates=None"]);
        using var pinned = files.Client("clients/pinned");
        Assert.AreEqual("none", await pinned.GetStringAsync(server.Https));
    }

    [TestMethod]
    public async Task Http_PlainEndpoint_StillAnswersBesideHttps()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, TlsTestFiles.PinSettings);
        using var plain = new HttpClient();
        using var response = await plain.GetAsync(server.Http);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual("none", await response.Content.ReadAsStringAsync());
        Assert.AreNotEqual(server.Http.Port, server.Https.Port);
    }

    [TestMethod]
    public async Task ServerCertificate_GeneratedOnce_ReloadedOnRestart()
    {
        using var files = new TlsTestFiles();
        var certPath = Path.Combine(files.DataDirectory, "keys", TlsCertificates.CertificateFileName);
        var keyPath = Path.Combine(files.DataDirectory, "keys", TlsCertificates.KeyFileName);
        await using (var first = await TlsTestServer.StartAsync(files.DataDirectory))
        {
            using var client = files.Client(clientCertificate: null);
            Assert.AreEqual("none", await client.GetStringAsync(first.Https));
        }

        using var generated = TlsCertificates.LoadPem(certPath, keyPath);
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyPath));
        }

        // Pinned now, before the restart: the restarted server must present the very same certificate.
        using var pinnedBeforeRestart = files.Client(clientCertificate: null);
        await using var second = await TlsTestServer.StartAsync(files.DataDirectory);
        using var again = TlsCertificates.LoadPem(certPath, keyPath);
        Assert.AreEqual(TlsCertificates.Sha256Thumbprint(generated), TlsCertificates.Sha256Thumbprint(again));
        Assert.AreEqual("none", await pinnedBeforeRestart.GetStringAsync(second.Https));
    }

    [TestMethod]
    public async Task Https_ConfiguredCertificate_IsPresentedInsteadOfGenerated()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory, "--Gup:Https:CertificatePath=other-server.pem", "--Gup:Https:KeyPath=other-server.key");
        using var client = files.Client(clientCertificate: null, trustedServerPem: "other-server.pem");
        Assert.AreEqual("none", await client.GetStringAsync(server.Https));
        Assert.IsFalse(File.Exists(Path.Combine(files.DataDirectory, "keys", TlsCertificates.CertificateFileName)));
    }
}
