using System.Net;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Integration.Tls;

[TestClass]
public sealed class TlsCertificatesTests
{
    [TestMethod]
    public void LoadOrCreateServerCertificate_New_IsLoopbackServerCertificateForTwoYears()
    {
        using var files = new TlsTestFiles();
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = TlsCertificates.LoadOrCreateServerCertificate(Path.Combine(files.DataDirectory, "keys"), TimeProvider.System);
        Assert.IsTrue(certificate.HasPrivateKey);
        var names = certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>().Single();
        CollectionAssert.AreEqual(new[] { IPAddress.Loopback }, names.EnumerateIPAddresses().ToArray());
        CollectionAssert.AreEqual(new[] { "localhost" }, names.EnumerateDnsNames().ToArray());
        var lifetime = new DateTimeOffset(certificate.NotAfter) - now;
        Assert.IsTrue(lifetime > TimeSpan.FromDays(729) && lifetime <= TimeSpan.FromDays(731), lifetime.ToString());
    }

    [TestMethod]
    public async Task LoadOrCreateServerCertificate_ConcurrentStarts_GenerateOnePair()
    {
        using var files = new TlsTestFiles();
        var directory = Path.Combine(files.DataDirectory, "keys");
        var certificates = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => TlsCertificates.LoadOrCreateServerCertificate(directory, TimeProvider.System))));
        Assert.AreEqual(1, certificates.Select(TlsCertificates.Sha256Thumbprint).Distinct().Count());
        Assert.HasCount(2, Directory.GetFiles(directory), "no temporary files left behind");
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }
    }

    [TestMethod]
    public void LoadOrCreateServerCertificate_KeyWithoutCertificate_ThrowsInsteadOfReplacingIt()
    {
        using var files = new TlsTestFiles();
        var directory = Path.Combine(files.DataDirectory, "keys");
        TlsCertificates.LoadOrCreateServerCertificate(directory, TimeProvider.System).Dispose();
        File.Delete(Path.Combine(directory, TlsCertificates.CertificateFileName));
        Assert.ThrowsExactly<ConfigurationException>(() => TlsCertificates.LoadOrCreateServerCertificate(directory, TimeProvider.System));
        Assert.IsTrue(File.Exists(Path.Combine(directory, TlsCertificates.KeyFileName)));
    }

    [TestMethod]
    public void LoadPem_CertificateOnly_HasNoPrivateKey()
    {
        using var files = new TlsTestFiles();
        using var certificate = TlsCertificates.LoadPem(Path.Combine(files.DataDirectory, "other-server.pem"), keyPath: null);
        Assert.IsFalse(certificate.HasPrivateKey);
        Assert.AreEqual("CN=other-server", certificate.Subject);
    }
}
