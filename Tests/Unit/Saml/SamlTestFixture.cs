using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Xml;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Unit.Saml;

/// <summary>
/// One issuer, one relying party and a hand-moved clock: issues assertions as the test issuer, sends them "over the
/// wire" (text, then SafeXmlLoader), and validates them as the relying party would.
/// </summary>
internal sealed class SamlTestFixture
{
    public const string Audience = "urn:test:rp";
    public const string Endpoint = "https://rp.test/soap";

    public static readonly DateTimeOffset Start = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public SamlTestFixture(Action<SamlOptions>? configure = null)
    {
        configure?.Invoke(Options);
        Issuers = new TrustedIssuers([new TrustedIssuer(TestKeys.IssuerEntityId, [TestKeys.PublicOnly(TestKeys.Issuer)], hplmn: true)]);
        Issuer = new AssertionIssuer(TestKeys.IssuerCredentials, Time);
        Validator = new AssertionValidator(Issuers, Options, Replay, Time);
    }

    public ManualTimeProvider Time { get; } = new(Start);

    public FakeReplayCache Replay { get; } = new();

    public SamlOptions Options { get; } = new();

    public TrustedIssuers Issuers { get; }

    public AssertionIssuer Issuer { get; }

    public AssertionValidator Validator { get; }

    public AssertionRequirements Requirements { get; } = new(Audience, [Endpoint, Audience]);

    public static AssertionDescriptor Bearer(bool oneTimeUse = false) => new()
    {
        Audiences = [Audience],
        NameId = "urn:test:requestor",
        Recipient = Endpoint,
        OneTimeUse = oneTimeUse,
        Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Subscriber] = ["sip:alice@example.org"] },
    };

    /// <summary>Issues, writes out and reads back through SafeXmlLoader: the element a relying party receives.</summary>
    public XElement IssueOverTheWire(AssertionDescriptor? descriptor = null) => Receive(Text(Issuer.Issue(descriptor ?? Bearer())));

    public static string Text(XElement element) => element.ToString(SaveOptions.DisableFormatting);

    /// <summary>Loads text as requests are loaded and returns its document element.</summary>
    public static XElement Receive(string text)
    {
        var result = SafeXmlLoader.Load(text, new XmlLimits());
        Assert.IsTrue(result.Success, result.Error);
        return result.Document!.Root!;
    }

    public ValueTask<AssertionCheck> ValidateAsync(XElement assertion) => Validator.ValidateAsync(assertion, Requirements, CancellationToken.None);

    /// <summary>Asserts a refusal of the given kind and that nothing about the assertion is handed out.</summary>
    public static void AssertRejected(AssertionCheck check, SecurityFailureKind kind)
    {
        Assert.IsFalse(check.Success, "accepted");
        Assert.AreEqual(kind, check.Failure!.Kind, check.Failure.Reason);
        Assert.IsNull(check.Assertion);
        Assert.IsNull(check.Confirmation);
    }
}
