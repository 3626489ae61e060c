using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;

namespace GupSoap.Tests.EndToEnd.Interop;

/// <summary>
/// SAML 2.0 interoperability with independent implementations (saml-core §2.3.3, §5): assertions signed by pysaml2 as
/// a third-party IdP are accepted by our validator, and only when intact and signed with the pinned key (SECURITY.md
/// S3, S4); assertions we issue verify with xmlsec1 against the pinned certificate alone and validate against the
/// official SAML 2.0 assertion schema with xmllint. Real clocks on both sides: pysaml2 stamps the current time.
/// </summary>
[TestClass]
public sealed class SamlInteropTests(TestContext testContext) : IDisposable
{
    private const string TrustedIdpEntityId = "https://idp.example.net/pysaml2";
    private const string OurEntityId = "urn:gupsoap:gup-server";
    private const string Audience = "urn:gupsoap:gup-server";
    private const string Recipient = "https://gup.example.org/rg";
    private const string Alice = "sip:alice@example.org";
    private const string Mallory = "sip:mallory@example.org";
    private const string UnspecifiedFormat = "urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified";
    private const string ApplicationAttribute = "urn:gupsoap:attribute:application-id";
    private const string IdentityAttribute = "urn:gupsoap:attribute:public-identity";
    private static readonly XNamespace Saml = "urn:oasis:names:tc:SAML:2.0:assertion";

    private readonly TemporaryDirectory _directory = new();

    private CancellationToken Ct => testContext.CancellationToken;

    private static Pysaml2AssertionRequest AliceRequest => new()
    {
        Audience = Audience,
        NameId = Alice,
        NameIdFormat = UnspecifiedFormat,
        Recipient = Recipient,
        OneTimeUse = true,
        Attributes = [(ApplicationAttribute, "presence-app"), (IdentityAttribute, Alice), (IdentityAttribute, "tel:+15551234")],
    };

    public void Dispose() => _directory.Dispose();

    [TestMethod]
    public async Task Pysaml2Assertion_SignedByTrustedIdp_IsAccepted()
    {
        var idp = NewPysaml2Idp(TrustedIdpEntityId, "idp");
        var xml = await idp.IssueAsync(AliceRequest, Ct);

        var check = await ValidateAsync(xml, TrustOnly(idp.EntityId, idp.Keys));

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        var assertion = check.Assertion!;
        Assert.AreEqual(TrustedIdpEntityId, assertion.Issuer);
        Assert.AreEqual(TrustedIdpEntityId, check.Issuer!.EntityId);
        Assert.AreEqual(Alice, assertion.Subject.NameId);
        Assert.AreEqual(UnspecifiedFormat, assertion.Subject.Format);
        CollectionAssert.Contains(assertion.AudienceRestrictions.SelectMany(audiences => audiences).ToList(), Audience);
        Assert.IsTrue(assertion.OneTimeUse);
        Assert.AreEqual("urn:oasis:names:tc:SAML:2.0:cm:bearer", check.Confirmation!.Method);
        Assert.AreEqual(Recipient, check.Confirmation.Recipient);
        Assert.AreEqual("presence-app", assertion.Attribute(ApplicationAttribute));
        CollectionAssert.AreEqual(new[] { Alice, "tel:+15551234" }, assertion.Attributes[IdentityAttribute].ToArray());
    }

    [TestMethod]
    public async Task Pysaml2Assertion_OneTimeUseReplayed_IsRejected()
    {
        var idp = NewPysaml2Idp(TrustedIdpEntityId, "idp");
        var xml = await idp.IssueAsync(AliceRequest, Ct);
        var validator = NewValidator(TrustOnly(idp.EntityId, idp.Keys));

        var first = await validator.ValidateAsync(Load(xml), Requirements, Ct);
        var replay = await validator.ValidateAsync(Load(xml), Requirements, Ct);

        Assert.IsTrue(first.Success, first.Failure?.Reason);
        Assert.IsFalse(replay.Success);
        Assert.AreEqual(SecurityFailureKind.FailedAuthentication, replay.Failure!.Kind);
    }

    [TestMethod]
    public async Task Pysaml2Assertion_TamperedAfterSigning_IsRejected()
    {
        var idp = NewPysaml2Idp(TrustedIdpEntityId, "idp");
        var xml = await idp.IssueAsync(AliceRequest, Ct);
        var tampered = xml.Replace($">{Alice}</", $">{Mallory}</", StringComparison.Ordinal);
        Assert.AreNotEqual(xml, tampered, "the NameID to tamper with was not found");

        var check = await ValidateAsync(tampered, TrustOnly(idp.EntityId, idp.Keys));
        var original = await ValidateAsync(xml, TrustOnly(idp.EntityId, idp.Keys));

        Assert.IsFalse(check.Success);
        Assert.AreEqual(SecurityFailureKind.InvalidSecurityToken, check.Failure!.Kind, check.Failure.Reason);
        Assert.IsTrue(original.Success, "control: the untouched assertion is accepted: " + original.Failure?.Reason);
    }

    [TestMethod]
    public async Task Pysaml2Assertion_UntrustedKey_IsRejected()
    {
        // The attacker runs its own pysaml2 IdP under the trusted IdP's entity id and embeds its own certificate in KeyInfo.
        var trusted = PemKeyPair.Create(_directory.Path, "idp", TimeProvider.System);
        var attacker = NewPysaml2Idp(TrustedIdpEntityId, "attacker");
        var xml = await attacker.IssueAsync(AliceRequest, Ct);

        var check = await ValidateAsync(xml, TrustOnly(TrustedIdpEntityId, trusted));
        var control = await ValidateAsync(xml, TrustOnly(TrustedIdpEntityId, attacker.Keys));

        Assert.IsFalse(check.Success);
        Assert.IsNotNull(check.Failure);
        Assert.AreNotEqual(SecurityFailureKind.Unavailable, check.Failure.Kind);
        Assert.IsTrue(control.Success, "control: the same assertion is accepted once its key is trusted: " + control.Failure?.Reason);
    }

    [TestMethod]
    public async Task OurAssertion_VerifiesWithXmlsec1_PinnedCertificate()
    {
        var (issuer, pinned) = NewIssuer();
        var path = Write(issuer.Issue(Descriptor()), "ours.xml");

        var run = await Xmlsec1.VerifyAssertionAsync(path, pinned, Ct);

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains("SignedInfo References (ok/all): 1/1", run.StandardError, run.Output);
    }

    [TestMethod]
    public async Task OurAssertion_TamperedCopy_FailsXmlsec1()
    {
        var (issuer, pinned) = NewIssuer();
        var assertion = issuer.Issue(Descriptor());
        var tampered = new XElement(assertion);
        tampered.Descendants(Saml + "NameID").Single().Value = Mallory;

        var intact = await Xmlsec1.VerifyAssertionAsync(Write(assertion, "intact.xml"), pinned, Ct);
        var run = await Xmlsec1.VerifyAssertionAsync(Write(tampered, "tampered.xml"), pinned, Ct);

        Assert.AreEqual(0, intact.ExitCode, "control: " + intact.Output);
        Assert.AreNotEqual(0, run.ExitCode, run.Output);
        Assert.Contains("FAIL", run.StandardError, run.Output);
    }

    [TestMethod]
    public async Task OurAssertion_OtherPinnedCertificate_FailsXmlsec1()
    {
        var (issuer, _) = NewIssuer();
        var stranger = PemKeyPair.Create(_directory.Path, "stranger", TimeProvider.System);

        var run = await Xmlsec1.VerifyAssertionAsync(Write(issuer.Issue(Descriptor()), "ours.xml"), stranger.CertificatePath, Ct);

        // Fails only if xmlsec1 uses the pinned certificate and not a key the signature itself carries.
        Assert.AreNotEqual(0, run.ExitCode, run.Output);
        Assert.Contains("FAIL", run.StandardError, run.Output);
    }

    [TestMethod]
    public async Task OurAssertion_ValidatesAgainstSamlXsd_WithXmllint()
    {
        var (issuer, _) = NewIssuer();
        var path = Write(issuer.Issue(Descriptor()), "ours.xml");

        var run = await Xmllint.ValidateAsync(path, Xmllint.SamlAssertionSchema, Ct);

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains("validates", run.StandardError, run.Output);
    }

    [TestMethod]
    public async Task OurAssertion_SchemaViolatingCopy_FailsXmllint()
    {
        var (issuer, _) = NewIssuer();
        var broken = new XElement(issuer.Issue(Descriptor()));
        broken.Element(Saml + "Issuer")!.Remove();

        var run = await Xmllint.ValidateAsync(Write(broken, "broken.xml"), Xmllint.SamlAssertionSchema, Ct);

        // Sanity: proves xmllint really loaded the schema and checks the content model (Issuer is mandatory).
        Assert.AreNotEqual(0, run.ExitCode, run.Output);
        Assert.Contains("fails to validate", run.StandardError, run.Output);
    }

    [TestMethod]
    public async Task OurHolderOfKeyAssertion_ValidatesAgainstSamlXsd()
    {
        var (issuer, pinned) = NewIssuer();
        var client = PemKeyPair.Create(_directory.Path, "client", TimeProvider.System);
        var assertion = issuer.Issue(Descriptor(holderOfKey: client.Certificate));
        var path = Write(assertion, "hok.xml");

        var schema = await Xmllint.ValidateAsync(path, Xmllint.SamlAssertionSchema, Ct);
        var signature = await Xmlsec1.VerifyAssertionAsync(path, pinned, Ct);

        Assert.AreEqual(
            "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key",
            (string?)assertion.Descendants(Saml + "SubjectConfirmation").Single().Attribute("Method"));
        Assert.AreEqual(0, schema.ExitCode, schema.Output);
        Assert.Contains("validates", schema.StandardError, schema.Output);
        Assert.AreEqual(0, signature.ExitCode, signature.Output);
    }

    private static AssertionRequirements Requirements => new(Audience, [Recipient]);

    private static TrustedIssuers TrustOnly(string entityId, PemKeyPair keys) =>
        new([new TrustedIssuer { EntityId = entityId, Certificates = [keys.Certificate] }]);

    private static AssertionValidator NewValidator(TrustedIssuers trusted) =>
        new(trusted, new SamlOptions(), new InMemoryReplayCache(TimeProvider.System), TimeProvider.System);

    private static XElement Load(string xml)
    {
        var loaded = SafeXmlLoader.Load(xml, new XmlLimits());
        Assert.IsTrue(loaded.Success, loaded.Error);
        return loaded.Document!.Root!;
    }

    private static AssertionDescriptor Descriptor(X509Certificate2? holderOfKey = null) => new()
    {
        Audiences = ["urn:gupsoap:raf:hss"],
        NameId = Alice,
        NameIdFormat = UnspecifiedFormat,
        SpNameQualifier = "urn:gupsoap:raf:hss",
        Lifetime = TimeSpan.FromMinutes(2),
        OneTimeUse = true,
        HolderOfKey = holderOfKey,
        Recipient = "https://raf.example.org/rp/hss",
        Attributes = new Dictionary<string, IReadOnlyList<string>>
        {
            [ApplicationAttribute] = ["presence-app"],
            [IdentityAttribute] = [Alice, "tel:+15551234"],
        },
    };

    /// <summary>A fresh validator (and replay cache) per call, so a control validation never sees an earlier one's record.</summary>
    private async Task<AssertionCheck> ValidateAsync(string xml, TrustedIssuers trusted) =>
        await NewValidator(trusted).ValidateAsync(Load(xml), Requirements, Ct);

    private Pysaml2Idp NewPysaml2Idp(string entityId, string keyName) =>
        new(entityId, PemKeyPair.Create(_directory.Path, keyName, TimeProvider.System));

    /// <summary>Our issuer with a key from <see cref="SigningKeyStore"/>, and its certificate as the PEM file xmlsec1 pins.</summary>
    private (AssertionIssuer Issuer, string PinnedCertificatePath) NewIssuer()
    {
        var keys = Directory.CreateDirectory(_directory.File("gup-keys")).FullName;
        var credentials = SigningKeyStore.LoadOrCreate(keys, OurEntityId, TimeProvider.System);
        var pinned = _directory.File("pinned-cert.pem");
        File.WriteAllText(pinned, credentials.Certificate.ExportCertificatePem());
        return (new AssertionIssuer(credentials, TimeProvider.System), pinned);
    }

    /// <summary>Written exactly as issued: formatting would add whitespace inside the signed element and break its digest.</summary>
    private string Write(XElement assertion, string name)
    {
        var path = _directory.File(name);
        File.WriteAllText(path, assertion.ToString(SaveOptions.DisableFormatting));
        return path;
    }
}
