using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Server.Routing;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Tests.Integration.Tls;

/// <summary>A temporary data directory with client certificates written as PEM, and clients built like the Rp client.</summary>
internal sealed class TlsTestFiles : IDisposable
{
    public const string PinnedProvider = "urn:test:pinned-app";

    public TlsTestFiles()
    {
        Directory.CreateDirectory(Path.Combine(DataDirectory, "clients"));
        WriteCertificate("clients/pinned", "CN=pinned-app");
        WriteCertificate("clients/unpinned", "CN=unpinned-app");
        WriteCertificate("other-server", "CN=other-server");
    }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "gupsoap-tests", "tls-" + Guid.NewGuid().ToString("N"));

    /// <summary>Pins <c>clients/pinned.pem</c> to <see cref="PinnedProvider"/>.</summary>
    public static string[] PinSettings => ["--Gup:Security:TrustedClients:0:ProviderId=" + PinnedProvider, "--Gup:Security:TrustedClients:0:CertificatePath=clients/pinned.pem"];

    /// <summary>An HttpClient configured by <see cref="RpClientCertificates"/>: trusts the server certificate at <paramref name="trustedServerPem"/> by pin.</summary>
    public HttpClient Client(string? clientCertificate, string? trustedServerPem = "keys/tls-cert.pem")
    {
        var settings = new Dictionary<string, string?>();
        if (clientCertificate is not null)
        {
            settings["Gup:Rp:ClientCertificatePath"] = clientCertificate + ".pem";
            settings["Gup:Rp:ClientKeyPath"] = clientCertificate + ".key";
        }

        if (trustedServerPem is not null)
        {
            settings["Gup:Rp:TrustedServerCertificatePath"] = trustedServerPem;
        }

        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        RpClientCertificates.ConfigurePrimaryHandler(handler, new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), DataDirectory);
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    public void Dispose()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private void WriteCertificate(string name, string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        var now = TimeProvider.System.GetUtcNow();
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        File.WriteAllText(Path.Combine(DataDirectory, name + ".pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(DataDirectory, name + ".key"), key.ExportPkcs8PrivateKeyPem());
    }
}
