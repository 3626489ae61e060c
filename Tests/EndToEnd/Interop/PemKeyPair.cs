using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>An RSA 2048 key and its self-signed certificate written as PEM files, the form pysaml2 and xmlsec1 read.</summary>
internal sealed record PemKeyPair(string KeyPath, string CertificatePath, X509Certificate2 Certificate)
{
    /// <summary>Creates <c>{name}-key.pem</c> and <c>{name}-cert.pem</c> in <paramref name="directory"/>; <see cref="Certificate"/> holds no private key.</summary>
    public static PemKeyPair Create(string directory, string name, TimeProvider time)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var now = time.GetUtcNow();
        using var withKey = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var keyPath = Path.Combine(directory, $"{name}-key.pem");
        var certificatePath = Path.Combine(directory, $"{name}-cert.pem");
        File.WriteAllText(keyPath, rsa.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(certificatePath, withKey.ExportCertificatePem());
        return new PemKeyPair(keyPath, certificatePath, X509CertificateLoader.LoadCertificate(withKey.RawData));
    }
}
