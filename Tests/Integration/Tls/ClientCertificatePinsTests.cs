using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Tests.Integration.Tls;

[TestClass]
public sealed class ClientCertificatePinsTests
{
    [TestMethod]
    public void ProviderFor_SameSubjectAndKeyButAnotherCertificate_IsNull()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=app", key, HashAlgorithmName.SHA256);
        var now = TimeProvider.System.GetUtcNow();
        using var pinned = request.CreateSelfSigned(now, now.AddDays(1));
        using var lookalike = request.CreateSelfSigned(now, now.AddDays(2));
        var pins = new ClientCertificatePins([("urn:test:app", pinned)]);
        Assert.AreEqual("urn:test:app", pins.ProviderFor(pinned));
        Assert.IsNull(pins.ProviderFor(lookalike), "a pin is the whole certificate, not its subject or key");
        Assert.IsNull(pins.ProviderFor(null));
    }

    [TestMethod]
    public void ClientCertificatePins_OneCertificateForTwoProviders_Throws()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = new CertificateRequest("CN=app", key, HashAlgorithmName.SHA256).CreateSelfSigned(now, now.AddDays(1));
        Assert.ThrowsExactly<InvalidOperationException>(() => new ClientCertificatePins([("urn:a", certificate), ("urn:b", certificate)]));
    }

    [TestMethod]
    public void Read_EntryWithoutCertificatePath_Throws()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gup:Security:TrustedClients:0:ProviderId"] = "urn:test:app",
        }).Build();
        Assert.ThrowsExactly<ConfigurationException>(() => ClientCertificatePins.Read(configuration));
    }

    [TestMethod]
    public void Read_NoTrustedClients_PinsNothing()
    {
        var pins = ClientCertificatePins.Read(new ConfigurationBuilder().Build());
        Assert.AreEqual(0, pins.Count);
    }
}
