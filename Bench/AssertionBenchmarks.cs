using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using BenchmarkDotNet.Attributes;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;

namespace GupSoap.Bench;

/// <summary>
/// The cost of accepting a signed SAML assertion (about 3 KB, KeyInfo included): parsing it, our verifier, the whole
/// validator, the framework's SignedXml on the same assertion as a baseline, and the bare RSA operation underneath.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet derives from benchmark classes, which must be public and unsealed.")]
public class AssertionBenchmarks : IDisposable
{
    private const string Audience = "urn:gupsoap:raf:hss";
    private static readonly DateTimeOffset FixedNow = new(2026, 3, 1, 10, 15, 30, TimeSpan.Zero);

    private readonly XmlLimits _limits = new();
    private readonly byte[] _kilobyte = RandomNumberGenerator.GetBytes(1024);
    private RSA _key = RSA.Create(2048);
    private X509Certificate2 _certificate = null!;
    private X509Certificate2[] _trusted = [];
    private string _text = "";
    private XElement _assertion = new("unset");
    private XmlElement _domSignature = null!;
    private XmlDocument _dom = new();
    private AssertionValidator _validator = null!;
    private AssertionRequirements _requirements = new(Audience, []);
    private byte[] _kilobyteSignature = [];

    [GlobalSetup]
    public async Task Setup()
    {
        var request = new CertificateRequest("CN=urn:gupsoap:gup-server", _key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        _certificate = request.CreateSelfSigned(FixedNow.AddDays(-1), FixedNow.AddYears(1));
        _trusted = [X509CertificateLoader.LoadCertificate(_certificate.RawData)];
        var time = new FixedTime(FixedNow);
        var issuer = new AssertionIssuer(new SigningCredentials(_certificate, "urn:gupsoap:gup-server"), time);
        _text = issuer.Issue(Descriptor()).ToString(SaveOptions.DisableFormatting);
        _assertion = Parse()!.Root!;
        _requirements = new AssertionRequirements(Audience, ["https://raf.example/rp"]);
        _validator = new AssertionValidator(
            new TrustedIssuers([new TrustedIssuer("urn:gupsoap:gup-server", _trusted)]), new SamlOptions(), new NoReplayCache(), time);

        _dom = new XmlDocument { PreserveWhitespace = true };
        using (var reader = _assertion.CreateReader())
        {
            _dom.Load(reader);
        }

        _domSignature = (XmlElement)_dom.GetElementsByTagName("Signature", "http://www.w3.org/2000/09/xmldsig#")[0]!;
        _kilobyteSignature = _key.SignData(_kilobyte, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

        if (_text.Length is < 2500 or > 3600 || !Verify() || !await ValidateAsync() || !SignedXmlCheck() || !RsaVerify())
        {
            throw new InvalidOperationException($"The benchmark's assertion ({_text.Length} characters) does not verify everywhere.");
        }
    }

    [Benchmark(Description = "SafeXmlLoader.Load (signed assertion text)")]
    public XDocument? Parse() => SafeXmlLoader.Load(_text, _limits).Document;

    [Benchmark(Description = "XmlSignatureVerifier.VerifyEnveloped")]
    public bool Verify() => XmlSignatureVerifier.VerifyEnveloped(_assertion, _trusted).Valid;

    [Benchmark(Description = "AssertionValidator.ValidateAsync (no-op replay cache)")]
    public async ValueTask<bool> ValidateAsync() => (await _validator.ValidateAsync(_assertion, _requirements, CancellationToken.None)).Success;

    [Benchmark(Baseline = true, Description = "SignedXml LoadXml + CheckSignature(key)")]
    public bool SignedXmlCheck()
    {
        var signedXml = new SignedXml(_dom);
        signedXml.LoadXml(_domSignature);
        return signedXml.CheckSignature(_key);
    }

    [Benchmark(Description = "RSA-2048 SHA-256 VerifyData (1 KB)")]
    public bool RsaVerify() => _key.VerifyData(_kilobyte, _kilobyteSignature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    public void Dispose()
    {
        _key.Dispose();
        _certificate?.Dispose();
        foreach (var certificate in _trusted)
        {
            certificate.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>A redirect-style token: one-time bearer, scoped to one resource.</summary>
    private static AssertionDescriptor Descriptor() => new()
    {
        Audiences = [Audience],
        NameId = "urn:gupsoap:application:presence-server",
        Recipient = "https://raf.example/rp",
        OneTimeUse = true,
        Attributes = new Dictionary<string, IReadOnlyList<string>>
        {
            [GupAttributes.ScopeResource] = ["sip:alice@example.org"],
        },
    };

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>Accepts every id: the benchmark measures the checks, not a store.</summary>
    private sealed class NoReplayCache : IReplayCache
    {
        public ValueTask<bool> TryRecordAsync(string scope, string id, DateTimeOffset expiresAt, CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
