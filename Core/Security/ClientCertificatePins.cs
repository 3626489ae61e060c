using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Core.Security;

/// <summary>
/// The ClientTLS mechanisms' peer authentication (Liberty ID-WSF SecMech 2.0 §5.1.2): a client certificate names a
/// provider only when its SHA-256 thumbprint equals one pinned in <c>Gup:Security:TrustedClients</c>. No chain is
/// built, so no CA can mint a certificate that passes.
/// </summary>
public sealed class ClientCertificatePins
{
    private readonly Dictionary<string, string> _providers = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Pins each certificate to its provider; one certificate cannot be pinned to two providers.</summary>
    public ClientCertificatePins(IEnumerable<(string ProviderId, X509Certificate2 Certificate)> pins)
    {
        ArgumentNullException.ThrowIfNull(pins);
        foreach (var (providerId, certificate) in pins)
        {
            ArgumentException.ThrowIfNullOrEmpty(providerId);
            var thumbprint = TlsCertificates.Sha256Thumbprint(certificate);
            if (_providers.TryGetValue(thumbprint, out var existing) && existing != providerId)
            {
                throw new InvalidOperationException($"Client certificate {thumbprint} is pinned to both {existing} and {providerId}.");
            }

            _providers[thumbprint] = providerId;
        }
    }

    public int Count => _providers.Count;

    /// <summary>The pinned providerID of <paramref name="clientCertificate"/>, or null when it is absent or not pinned.</summary>
    public string? ProviderFor(X509Certificate2? clientCertificate) =>
        clientCertificate is not null && _providers.TryGetValue(TlsCertificates.Sha256Thumbprint(clientCertificate), out var provider) ? provider : null;

    /// <summary>Reads the pins with certificate paths as configured (relative to the current directory).</summary>
    public static ClientCertificatePins Read(IConfiguration configuration) => Read(configuration, baseDirectory: null);

    /// <summary>
    /// Reads <c>Gup:Security:TrustedClients:{i}:ProviderId</c> and <c>:CertificatePath</c> (PEM; every certificate in
    /// the file is pinned), relative paths resolved against <paramref name="baseDirectory"/> when given.
    /// </summary>
    public static ClientCertificatePins Read(IConfiguration configuration, string? baseDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var pins = new List<(string, X509Certificate2)>();
        foreach (var client in configuration.GetSection("Gup:Security:TrustedClients").GetChildren())
        {
            var providerId = client["ProviderId"];
            var path = client["CertificatePath"];
            if (string.IsNullOrWhiteSpace(providerId) || string.IsNullOrWhiteSpace(path))
            {
                throw new ConfigurationException(client.Path, "needs both ProviderId and CertificatePath.", $"Set {client.Path}:ProviderId and {client.Path}:CertificatePath (the client's PEM certificate).");
            }

            var certificates = PemFiles.LoadAll($"{client.Path}:CertificatePath", baseDirectory is null ? path : Path.Combine(baseDirectory, path));

            pins.AddRange(certificates.Select(c => (providerId, c)));
        }

        try
        {
            return new ClientCertificatePins(pins);
        }
        finally
        {
            // Only the thumbprints are kept.
            foreach (var (_, certificate) in pins)
            {
                certificate.Dispose();
            }
        }
    }
}
