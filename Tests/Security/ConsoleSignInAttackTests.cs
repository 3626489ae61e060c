using System.Text;
using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;
using GupSoap.Server.WebConsole;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// Attacks on the console's SAML Web Browser SSO consumer (saml-profiles §4.1.4): each is refused with no session,
/// while the same response untouched signs in exactly once. The IdP is the test IdP, pinned as the console's only issuer.
/// </summary>
[TestClass]
public sealed class ConsoleSignInAttackTests
{
    private const string Audience = "urn:gupsoap:console";
    private static readonly Uri Consumer = new("https://gup.operator.example/console/saml/acs");
    private static readonly XNamespace Samlp = "urn:oasis:names:tc:SAML:2.0:protocol";

    private readonly SamlSignIn _signIn = new(Options, new AssertionValidator(new TrustedIssuers([new TrustedIssuer(TestIdentity.IdpEntityId, [TestIdentity.Idp.Certificate])]),
        new SamlOptions(), new InMemoryReplayCache(TimeProvider.System), TimeProvider.System), new InMemoryReplayCache(TimeProvider.System), new XmlLimits(), TimeProvider.System);

    public TestContext TestContext { get; set; } = null!;

    private static ConsoleOptions Options => new() { IdpEntityId = TestIdentity.IdpEntityId, IdpCertificatePath = "idp.pem" };

    [TestMethod]
    public async Task HonestResponse_SignsInOnce_ReplayIsRefused()
    {
        var response = Encode(Response(Assertion()));
        var (user, refusal) = await _signIn.AcceptAsync(response, Consumer, TestContext.CancellationToken);
        Assert.IsNull(refusal);
        Assert.AreEqual(("ada", ConsoleRoles.Admin), (user!.Name, user.Role));
        Assert.AreEqual("The response has been used before.", (await _signIn.AcceptAsync(response, Consumer, TestContext.CancellationToken)).Refusal);
    }

    [TestMethod]
    public async Task AssertionReplayedInFreshResponse_IsRefused()
    {
        var assertion = Assertion();
        Assert.IsNull((await _signIn.AcceptAsync(Encode(Response(assertion)), Consumer, TestContext.CancellationToken)).Refusal);
        await RefusedAsync(Response(assertion), "used before");
    }

    [TestMethod]
    public Task ResponseForAnotherConsumer_IsRefused() =>
        RefusedAsync(Response(Assertion(), destination: "https://evil.example/console/saml/acs"), "another consumer URL");

    [TestMethod]
    public Task AssertionForAnotherRecipient_IsRefused() =>
        RefusedAsync(Response(Assertion(recipient: "https://evil.example/acs")), "another recipient");

    [TestMethod]
    public Task AssertionForAnotherAudience_IsRefused() =>
        RefusedAsync(Response(Assertion(audience: "urn:other:sp")), "audience");

    [TestMethod]
    public Task AssertionWithoutRecipient_IsRefused() =>
        RefusedAsync(Response(Assertion(recipient: null)), "bearer confirmation");

    [TestMethod]
    public Task TamperedRole_IsRefused()
    {
        var assertion = Assertion(role: ConsoleRoles.Care);
        assertion.Descendants(XName.Get("AttributeValue", SamlNames.Saml2.NamespaceName)).Single().Value = ConsoleRoles.Admin;
        return RefusedAsync(Response(assertion), "digest");
    }

    [TestMethod]
    public Task AssertionSignedByAnotherKey_IsRefused()
    {
        using var directory = new TemporaryDirectory();
        var other = PemKeyPair.Create(directory.Path, "other-idp", TimeProvider.System);
        var credentials = new SigningCredentials(System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPemFile(other.CertificatePath, other.KeyPath), TestIdentity.IdpEntityId);
        var forged = new AssertionIssuer(credentials, TimeProvider.System).Issue(Descriptor(Audience, Consumer.AbsoluteUri, ConsoleRoles.Admin));
        return RefusedAsync(Response(forged), "does not verify");
    }

    [TestMethod]
    public Task AssertionWithoutRole_IsRefused() =>
        RefusedAsync(Response(Assertion(role: null)), "no console role");

    [TestMethod]
    public Task FailedStatus_IsRefused() =>
        RefusedAsync(Response(Assertion(), status: "urn:oasis:names:tc:SAML:2.0:status:Requester"), "did not sign the user in");

    [TestMethod]
    public Task TwoAssertions_AreRefused() =>
        RefusedAsync(Response(Assertion(), extra: Assertion()), "exactly one");

    [TestMethod]
    public async Task DoctypeInResponse_IsRefused()
    {
        var text = "<!DOCTYPE r [<!ENTITY x \"y\">]>" + Response(Assertion()).ToString(SaveOptions.DisableFormatting);
        var (user, refusal) = await _signIn.AcceptAsync(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), Consumer, TestContext.CancellationToken);
        Assert.IsNull(user);
        StringAssert.Contains(refusal, "DTD");
    }

    private async Task RefusedAsync(XElement response, string reason)
    {
        var (user, refusal) = await _signIn.AcceptAsync(Encode(response), Consumer, TestContext.CancellationToken);
        Assert.IsNull(user);
        StringAssert.Contains(refusal, reason);
    }

    private static AssertionDescriptor Descriptor(string audience, string? recipient, string? role) => new()
    {
        Audiences = [audience],
        NameId = "ada",
        Recipient = recipient,
        Attributes = role is null ? new Dictionary<string, IReadOnlyList<string>>() : new Dictionary<string, IReadOnlyList<string>> { [Options.RoleAttribute] = [role] },
    };

    private static XElement Assertion(string audience = Audience, string? recipient = "https://gup.operator.example/console/saml/acs", string? role = ConsoleRoles.Admin) =>
        TestIdentity.Token(Descriptor(audience, recipient, role));

    private static XElement Response(XElement assertion, string? destination = null, string status = "urn:oasis:names:tc:SAML:2.0:status:Success", XElement? extra = null) =>
        new(Samlp + "Response", new XAttribute("ID", "r" + Guid.NewGuid().ToString("N")), new XAttribute("Version", "2.0"),
            new XAttribute("IssueInstant", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)),
            new XAttribute("Destination", destination ?? Consumer.AbsoluteUri),
            new XElement(SamlNames.Issuer, TestIdentity.IdpEntityId),
            new XElement(Samlp + "Status", new XElement(Samlp + "StatusCode", new XAttribute("Value", status))),
            assertion, extra);

    private static string Encode(XElement response) => Convert.ToBase64String(Encoding.UTF8.GetBytes(response.ToString(SaveOptions.DisableFormatting)));
}
