using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Routing;

/// <summary>
/// TLS of the GUP Server's Rp client towards RAFs (ClientTLS, Liberty ID-WSF SecMech 2.0 §5.1.2): the client
/// certificate it presents (<c>Gup:Rp:ClientCertificatePath</c>/<c>ClientKeyPath</c>) and, with
/// <c>Gup:Rp:TrustedServerCertificatePath</c>, the RAF server certificates it accepts by SHA-256 pin instead of a chain.
/// </summary>
public static class RpClientCertificates
{
    /// <summary>Configures <paramref name="handler"/>; relative paths are resolved against <paramref name="dataDirectory"/>.</summary>
    public static void ConfigurePrimaryHandler(SocketsHttpHandler handler, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(handler);
        ArgumentNullException.ThrowIfNull(configuration);
        var certPath = configuration["Gup:Rp:ClientCertificatePath"];
        if (!string.IsNullOrWhiteSpace(certPath))
        {
            var keyPath = configuration["Gup:Rp:ClientKeyPath"];
            var certificate = PemFiles.Load("Gup:Rp:ClientCertificatePath", Path.Combine(dataDirectory, certPath),
                string.IsNullOrWhiteSpace(keyPath) ? null : ("Gup:Rp:ClientKeyPath", Path.Combine(dataDirectory, keyPath)));
            if (!certificate.HasPrivateKey)
            {
                throw new ConfigurationException("Gup:Rp:ClientKeyPath", "the Rp client certificate has no private key.", "Set Gup:Rp:ClientKeyPath to its PEM key, or put the key in the certificate file.");
            }

            handler.SslOptions.ClientCertificates = [certificate];
            // Presented even when the RAF names no acceptable issuers: the RAF decides by pin, not by issuer.
            handler.SslOptions.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
        }

        var trustedPath = configuration["Gup:Rp:TrustedServerCertificatePath"];
        if (!string.IsNullOrWhiteSpace(trustedPath))
        {
            var pins = ReadPins(Path.Combine(dataDirectory, trustedPath));
            // Pinning replaces chain and host-name checks: only these exact certificates are RAFs.
            handler.SslOptions.RemoteCertificateValidationCallback = (_, presented, _, _) =>
                presented is not null && pins.Contains(Convert.ToHexString(SHA256.HashData(presented.GetRawCertData())));
        }
    }

    private static HashSet<string> ReadPins(string path)
    {
        var certificates = PemFiles.LoadAll("Gup:Rp:TrustedServerCertificatePath", path);

        var pins = certificates.Select(TlsCertificates.Sha256Thumbprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var certificate in certificates)
        {
            certificate.Dispose();
        }

        return pins;
    }
}
