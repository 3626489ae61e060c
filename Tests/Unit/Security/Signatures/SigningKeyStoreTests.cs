using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Security;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Security.Signatures;

[TestClass]
public sealed class SigningKeyStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void LoadOrCreate_EmptyDirectory_CreatesAKeyAndATenYearCertificate()
    {
        using var directory = new TemporaryDirectory();

        var credentials = SigningKeyStore.LoadOrCreate(directory.Path, "urn:gupsoap:gup-server", new ManualTimeProvider(Now));

        Assert.AreEqual("urn:gupsoap:gup-server", credentials.EntityId);
        Assert.IsTrue(credentials.Certificate.HasPrivateKey);
        Assert.AreEqual("CN=urn:gupsoap:gup-server", credentials.Certificate.Subject);
        Assert.AreEqual(2048, credentials.Certificate.GetRSAPublicKey()!.KeySize);
        Assert.AreEqual(Now.AddYears(10).UtcDateTime, credentials.Certificate.NotAfter.ToUniversalTime());
        Assert.IsTrue(credentials.Certificate.NotBefore.ToUniversalTime() <= Now.UtcDateTime);
        Assert.IsTrue(File.Exists(Path.Combine(directory.Path, SigningKeyStore.CertificateFileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.AreEqual(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(directory.Path, SigningKeyStore.KeyFileName)));
        }

        Assert.IsEmpty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [TestMethod]
    public void LoadOrCreate_SecondStart_LoadsTheSamePair()
    {
        using var directory = new TemporaryDirectory();
        var first = SigningKeyStore.LoadOrCreate(directory.Path, "urn:a", new ManualTimeProvider(Now));

        var second = SigningKeyStore.LoadOrCreate(directory.Path, "urn:a", new ManualTimeProvider(Now.AddDays(3)));

        Assert.AreEqual(first.Certificate.Thumbprint, second.Certificate.Thumbprint);
        Assert.IsTrue(second.Certificate.HasPrivateKey);
    }

    [TestMethod]
    public async Task LoadOrCreate_ConcurrentStarts_AllEndWithTheWinnersPair()
    {
        using var directory = new TemporaryDirectory();

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            Task.Run(() => SigningKeyStore.LoadOrCreate(directory.Path, "urn:a", new ManualTimeProvider(Now)))));

        var onDisk = SigningKeyStore.LoadOrCreate(directory.Path, "urn:a", new ManualTimeProvider(Now));
        Assert.IsTrue(results.All(r => r.Certificate.Thumbprint == onDisk.Certificate.Thumbprint));
        Assert.IsEmpty(Directory.GetFiles(directory.Path, "*.tmp"));
    }

    [TestMethod]
    public void LoadOrCreate_CredentialsSignWhatPeersVerifyWithTheCertificateFile()
    {
        using var directory = new TemporaryDirectory();
        var credentials = SigningKeyStore.LoadOrCreate(directory.Path, "urn:a", new ManualTimeProvider(Now));
        var published = new X509Certificate2Collection();
        published.ImportFromPemFile(Path.Combine(directory.Path, SigningKeyStore.CertificateFileName));
        var element = SignedXmlSigner.Load(SampleDocuments.Compact, SampleDocuments.Id);

        XmlSigner.SignEnveloped(element, credentials);

        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(element, [published.Single()]).Valid);
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("gupsoap-keys").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
