using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using GupSoap.Core.Hosting;

namespace GupSoap.Core.Security;

/// <summary>
/// Certificates for the TLS and ClientTLS security mechanisms (Liberty ID-WSF SecMech 2.0 §5.1): PEM loading and
/// the self-signed server certificate a deployment gets when it configures none.
/// </summary>
public static class TlsCertificates
{
    public const string CertificateFileName = "tls-cert.pem";
    public const string KeyFileName = "tls-key.pem";

    /// <summary>Lifetime of a generated server certificate.</summary>
    public static readonly TimeSpan GeneratedLifetime = TimeSpan.FromDays(730);

    private static readonly TimeSpan GenerationLockTimeout = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Loads <c>tls-cert.pem</c> and <c>tls-key.pem</c> from <paramref name="directory"/>, or first generates them: a
    /// self-signed ECDSA P-256 server certificate for 127.0.0.1 and localhost, valid two years, the key readable by
    /// its owner only. Processes sharing the directory generate it once.
    /// </summary>
    public static X509Certificate2 LoadOrCreateServerCertificate(string directory, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentNullException.ThrowIfNull(time);
        directory = Path.GetFullPath(directory);
        var certPath = Path.Combine(directory, CertificateFileName);
        var keyPath = Path.Combine(directory, KeyFileName);

        // Two roles started together on one data directory must not write two different pairs.
        using var generation = new Mutex(false, MutexName(directory));
        try
        {
            if (!generation.WaitOne(GenerationLockTimeout))
            {
                throw new TimeoutException($"Another process holds the certificate generation lock for {directory}.");
            }
        }
        catch (AbandonedMutexException)
        {
            // A process died while generating; its files were written atomically, so the checks below stay sound.
        }

        try
        {
            var hasCert = File.Exists(certPath);
            if (hasCert != File.Exists(keyPath))
            {
                throw new ConfigurationException("Gup:DataDirectory", $"{directory} holds only one of {CertificateFileName} and {KeyFileName}.",
                    "Restore the missing file, or remove the other so that a new pair is generated (or set Gup:Https:CertificatePath and KeyPath).");
            }

            if (!hasCert)
            {
                TlsCertificateFiles.Write(directory, certPath, keyPath, time.GetUtcNow(), GeneratedLifetime);
            }

            return LoadPem(certPath, keyPath);
        }
        finally
        {
            generation.ReleaseMutex();
        }
    }

    /// <summary>
    /// Loads a PEM certificate with the private key from <paramref name="keyPath"/>, or, when it is null, from the
    /// certificate file itself if present there (a certificate without a key is enough for pinning).
    /// </summary>
    public static X509Certificate2 LoadPem(string certPath, string? keyPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(certPath);
        var certPem = File.ReadAllText(certPath);
        X509Certificate2 certificate;
        if (keyPath is not null)
        {
            certificate = X509Certificate2.CreateFromPem(certPem, File.ReadAllText(keyPath));
        }
        else if (certPem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            certificate = X509Certificate2.CreateFromPem(certPem, certPem);
        }
        else
        {
            return X509Certificate2.CreateFromPem(certPem);
        }

        if (!OperatingSystem.IsWindows())
        {
            return certificate;
        }

        // SChannel cannot use an ephemeral PEM key for TLS; a PKCS#12 round trip gives it a key container.
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
    }

    /// <summary>SHA-256 of the certificate's DER encoding, upper-case hex: the pin compared by every pinning check.</summary>
    public static string Sha256Thumbprint(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        return certificate.GetCertHashString(HashAlgorithmName.SHA256);
    }

    private static string MutexName(string directory)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(directory));
        return "Global\\gupsoap-tls-" + Convert.ToHexString(hash, 0, 16);
    }
}
