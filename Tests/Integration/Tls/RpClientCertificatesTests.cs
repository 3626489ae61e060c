using GupSoap.Core.Hosting;

namespace GupSoap.Tests.Integration.Tls;

/// <summary>The Rp client's view of a RAF's https endpoint: its certificate is trusted by pin only, never by default.</summary>
[TestClass]
public sealed class RpClientCertificatesTests
{
    [TestMethod]
    public async Task ConfigurePrimaryHandler_ServerCertificateNotPinned_IsRefused()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory);
        using var client = files.Client(clientCertificate: null, trustedServerPem: "other-server.pem");
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(server.Https));
    }

    [TestMethod]
    public async Task ConfigurePrimaryHandler_WithoutPin_SystemValidationRefusesSelfSigned()
    {
        using var files = new TlsTestFiles();
        await using var server = await TlsTestServer.StartAsync(files.DataDirectory);
        using var client = files.Client(clientCertificate: null, trustedServerPem: null);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync(server.Https));
    }

    [TestMethod]
    public void ConfigurePrimaryHandler_ClientCertificateWithoutKey_Throws()
    {
        using var files = new TlsTestFiles();
        File.Delete(Path.Combine(files.DataDirectory, "clients", "pinned.key"));
        var error = Assert.ThrowsExactly<ConfigurationException>(() => files.Client("clients/pinned"));
        Assert.AreEqual("Gup:Rp:ClientKeyPath", error.Key);
        Assert.IsInstanceOfType<FileNotFoundException>(error.InnerException);
    }
}
