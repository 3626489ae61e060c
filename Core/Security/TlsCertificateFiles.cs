using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Security;

/// <summary>Generates the self-signed server certificate and writes its PEM pair, each file atomically.</summary>
internal static class TlsCertificateFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";

    public static void Write(string directory, string certPath, string keyPath, DateTimeOffset now, TimeSpan lifetime)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, OwnerOnly | UnixFileMode.UserExecute);
        }

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=GupSoap", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid(ServerAuthentication)], false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());

        // Backdated a little so a peer whose clock runs behind accepts it at once.
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.Add(lifetime));
        // The key first: a crash between the two leaves a key without a certificate, which is reported, never half-used.
        WriteAtomically(keyPath, key.ExportPkcs8PrivateKeyPem(), OwnerOnly);
        WriteAtomically(certPath, certificate.ExportCertificatePem(), OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }

    private static void WriteAtomically(string path, string content, UnixFileMode mode)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Created with its final mode, so the key is never readable by others, not even for a moment.
                options.UnixCreateMode = mode;
            }

            using (var stream = new FileStream(temporary, options))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(content);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
