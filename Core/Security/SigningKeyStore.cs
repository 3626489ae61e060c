using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Core.Security;

/// <summary>
/// Keeps our signing key and self-signed certificate in a directory (<c>signing-key.pem</c>, <c>signing-cert.pem</c>),
/// creating them on first start. Each file appears whole (written aside, then linked into place without overwriting),
/// so processes starting together end up with one pair: whoever loses a race reads what the winner wrote.
/// </summary>
public static class SigningKeyStore
{
    public const string KeyFileName = "signing-key.pem";
    public const string CertificateFileName = "signing-cert.pem";
    private const int KeySize = 2048;
    private const int MaxCommonNameLength = 64;

    public static SigningCredentials LoadOrCreate(string directory, string entityId, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentNullException.ThrowIfNull(time);
        Directory.CreateDirectory(directory);
        var keyPath = Path.Combine(directory, KeyFileName);
        var certificatePath = Path.Combine(directory, CertificateFileName);

        if (!File.Exists(keyPath))
        {
            using var created = RSA.Create(KeySize);
            PublishOnce(keyPath, created.ExportPkcs8PrivateKeyPem(), secret: true);
        }

        var keyPem = File.ReadAllText(keyPath);
        using var key = RSA.Create();
        key.ImportFromPem(keyPem);

        if (!File.Exists(certificatePath))
        {
            using var certificate = CreateCertificate(key, entityId, time.GetUtcNow());
            PublishOnce(certificatePath, certificate.ExportCertificatePem(), secret: false);
        }

        var loaded = X509Certificate2.CreateFromPem(File.ReadAllText(certificatePath), keyPem);
        return new SigningCredentials(loaded, entityId);
    }

    private static X509Certificate2 CreateCertificate(RSA key, string entityId, DateTimeOffset now)
    {
        var subject = new X500DistinguishedNameBuilder();
        subject.AddCommonName(entityId.Length > MaxCommonNameLength ? entityId[..MaxCommonNameLength] : entityId);
        var request = new CertificateRequest(subject.Build(), key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));

        // A few minutes back so that peers whose clocks run slightly behind accept it at once.
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(10));
    }

    /// <summary>Writes <paramref name="path"/> whole unless it exists already; a concurrent writer's file is kept.</summary>
    private static void PublishOnce(string path, string content, bool secret)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (secret && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var writer = new StreamWriter(temporary, options))
            {
                writer.Write(content);
                writer.Flush();
                ((FileStream)writer.BaseStream).Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process published first; its file is the one everybody uses.
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
