using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Support;

/// <summary>Tokens for security tests: from the trusted test IdP, from the servers' own key, or from an attacker.</summary>
internal static class SecurityTokens
{
    private static readonly Lazy<SigningCredentials> Own = new(() =>
        SigningKeyStore.LoadOrCreate(Path.Combine(TestIdentity.Directory, "keys"), "urn:gupsoap:gup-server", TimeProvider.System));

    /// <summary>A key pair with a self-signed certificate (an attacker's, or a holder-of-key client's).</summary>
    public static X509Certificate2 NewKey(string subject = "CN=someone")
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return X509Certificate2.CreateFromPem(certificate.ExportCertificatePem(), rsa.ExportPkcs8PrivateKeyPem());
    }

    public static AssertionDescriptor For(string provider = TestIdentity.TestProvider, string? audience = null) =>
        new() { Audiences = audience is null ? TestIdentity.Audiences : [audience], NameId = provider, Lifetime = TimeSpan.FromMinutes(10) };

    public static XElement FromIdp(AssertionDescriptor descriptor) => TestIdentity.Token(descriptor);

    /// <summary>Signed with the key the servers under test use as their own (a trusted intermediary's token).</summary>
    public static XElement FromServer(AssertionDescriptor descriptor) => new AssertionIssuer(Own.Value, TimeProvider.System).Issue(descriptor);

    /// <summary>Signed by <paramref name="key"/> while claiming the trusted test IdP as issuer (SECURITY.md S4).</summary>
    public static XElement ForgedIdp(AssertionDescriptor descriptor, X509Certificate2 key) =>
        new AssertionIssuer(new SigningCredentials(key, TestIdentity.IdpEntityId), TimeProvider.System).Issue(descriptor);

    public static string Text(XElement token) => token.ToString(SaveOptions.DisableFormatting);

    /// <summary>Liberty headers for <paramref name="sender"/> carrying exactly <paramref name="token"/>.</summary>
    public static string Headers(XElement token, string sender = TestIdentity.TestProvider, string? messageId = null) =>
        SoapMessages.Headers(messageId, sender, security: SoapMessages.Security(SoapMessages.Instant(DateTimeOffset.UtcNow), Text(token)));
}
