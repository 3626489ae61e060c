using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Security.Signatures;

/// <summary>Certificates with private keys made once per test run: ours, a peer's, an attacker's, an ECDSA one.</summary>
internal static class TestKeys
{
    private static readonly Lazy<X509Certificate2> LazyIssuer = new(() => CreateRsa("CN=issuer.test"));
    private static readonly Lazy<X509Certificate2> LazyAttacker = new(() => CreateRsa("CN=attacker.test"));
    private static readonly Lazy<X509Certificate2> LazyEcdsa = new(() => CreateEcdsa("CN=ecdsa.test"));

    public const string IssuerEntityId = "urn:test:issuer";

    public static X509Certificate2 Issuer => LazyIssuer.Value;

    public static X509Certificate2 Attacker => LazyAttacker.Value;

    public static X509Certificate2 Ecdsa => LazyEcdsa.Value;

    public static SigningCredentials IssuerCredentials => new(Issuer, IssuerEntityId);

    /// <summary>The certificate without its private key, as a relying party configures it.</summary>
    public static X509Certificate2 PublicOnly(X509Certificate2 certificate) => X509CertificateLoader.LoadCertificate(certificate.RawData);

    private static X509Certificate2 CreateRsa(string subject)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private static X509Certificate2 CreateEcdsa(string subject)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }
}
