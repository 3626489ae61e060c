using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;

namespace GupSoap.Tests.Support;

/// <summary>
/// The test run's identities: a third-party IdP the servers under test trust (HPLMN), the shared signing key every
/// test server uses as its own (so separate processes trust each other's Rp tokens), and the common rules that let
/// the test application do anything while other providers get only what rules grant them.
/// </summary>
internal static class TestIdentity
{
    public const string IdpEntityId = "urn:gupsoap:test-idp";
    public const string TestProvider = "urn:gupsoap:app:test";

    /// <summary>Every audience a test token is good for: the GUP Server and the RAFs tests configure.</summary>
    public static readonly string[] Audiences = ["urn:gupsoap:gup-server", "urn:gupsoap:raf:hss", "urn:gupsoap:raf:services", "urn:gupsoap:disco"];

    private static readonly Lazy<State> Current = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, string> Tokens = new(StringComparer.Ordinal);

    public static string Directory => Current.Value.Directory;

    public static SigningCredentials Idp => Current.Value.Idp;

    /// <summary>Arguments every test server gets: trust the test IdP, share the key directory, test rules, HTTP on loopback.</summary>
    public static string[] ServerArgs =>
    [
        $"--Gup:Security:TrustedIssuers:0:EntityId={IdpEntityId}",
        $"--Gup:Security:TrustedIssuers:0:CertificatePath={Path.Combine(Directory, "idp-cert.pem")}",
        "--Gup:Security:TrustedIssuers:0:Hplmn=true",
        $"--Gup:Security:KeyDirectory={Path.Combine(Directory, "keys")}",
        "--Gup:Security:AllowNullBearer=true",
        $"--Gup:Authorization:CommonRulesPath={Path.Combine(Directory, "common-rules.xml")}",
        "--Gup:Https:Url=",
        // Test callbacks listen on loopback; the allow-list is the explicit switch for that (SECURITY.md A1).
        "--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1",
    ];

    /// <summary>A bearer assertion from the test IdP issued to <paramref name="provider"/>, as text (cached: not one-time).</summary>
    public static string TokenText(string provider = TestProvider) =>
        Tokens.GetOrAdd(provider, p => Token(new AssertionDescriptor { Audiences = Audiences, NameId = p, Lifetime = TimeSpan.FromHours(2) }).ToString(SaveOptions.DisableFormatting));

    /// <summary>A fresh assertion from the test IdP.</summary>
    public static XElement Token(AssertionDescriptor descriptor) => new AssertionIssuer(Idp, TimeProvider.System).Issue(descriptor);

    private static State Create()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gupsoap-tests", "identity-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=GupSoap Test IdP", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        File.WriteAllText(Path.Combine(directory, "idp-cert.pem"), certificate.ExportCertificatePem());
        var idp = new SigningCredentials(X509Certificate2.CreateFromPem(certificate.ExportCertificatePem(), rsa.ExportPkcs8PrivateKeyPem()), IdpEntityId);
        SigningKeyStore.LoadOrCreate(Path.Combine(directory, "keys"), "urn:gupsoap:gup-server", TimeProvider.System);
        File.WriteAllText(Path.Combine(directory, "common-rules.xml"), CommonRules);
        return new State(directory, idp);
    }

    private const string CommonRules = """
        <gup:AuthorizationRules xmlns:gup="urn:3gpp:gup:2006-08">
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="test-application-does-anything">
            <gup:Requestor>
              <gup:ProviderID>urn:gupsoap:app:test</gup:ProviderID>
              <gup:ProviderID>urn:gupsoap:app:zeep</gup:ProviderID>
              <gup:ProviderID>urn:gupsoap:app:zeep-rg</gup:ProviderID>
              <gup:ProviderID>urn:gupsoap:app:node</gup:ProviderID>
              <gup:ProviderID>urn:gupsoap:app:wcf-test</gup:ProviderID>
              <gup:ProviderID>urn:gupsoap:app:wcf-rg-test</gup:ProviderID>
            </gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
          <gup:Rule id="subscriber-manages-own-profile">
            <gup:Requestor><gup:Subscriber/></gup:Requestor>
            <gup:Target/>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    private sealed record State(string Directory, SigningCredentials Idp);
}
