using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Unit.Saml;

[TestClass]
public sealed class AssertionIssuerTests
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(LoadSchemas);

    [TestMethod]
    public async Task Issue_ThenValidateAfterTheWire_RoundTrips()
    {
        var fixture = new SamlTestFixture();
        var descriptor = SamlTestFixture.Bearer(oneTimeUse: true) with { NameIdFormat = SamlNames.NameIdFormatPersistent };

        var check = await fixture.ValidateAsync(fixture.IssueOverTheWire(descriptor));

        Assert.IsTrue(check.Success, check.Failure?.Reason);
        Assert.AreEqual(SamlNames.NameIdFormatPersistent, check.Assertion!.Subject.Format);
        CollectionAssert.AreEqual(new[] { "sip:alice@example.org" }, check.Assertion.Attributes[GupAttributes.Subscriber].ToArray());
    }

    [TestMethod]
    public void Issue_Assertion_HasAFreshIdAndTheSignatureAfterIssuer()
    {
        var fixture = new SamlTestFixture();

        var first = fixture.Issuer.Issue(SamlTestFixture.Bearer());
        var second = fixture.Issuer.Issue(SamlTestFixture.Bearer());

        StringAssert.Matches((string)first.Attribute("ID")!, new System.Text.RegularExpressions.Regex("^_[0-9a-f]{32}$"));
        Assert.AreNotEqual((string)first.Attribute("ID")!, (string)second.Attribute("ID")!);
        CollectionAssert.AreEqual(
            new[] { "Issuer", "Signature", "Subject", "Conditions", "AuthnStatement", "AttributeStatement" },
            first.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.IsTrue(XmlSignatureVerifier.VerifyEnveloped(first, [TestKeys.PublicOnly(TestKeys.Issuer)]).Valid, "valid in memory too");
    }

    [TestMethod]
    public void Issue_WithoutAttributes_HasNoAttributeStatement()
    {
        var assertion = new SamlTestFixture().Issuer.Issue(SamlTestFixture.Bearer() with { Attributes = new Dictionary<string, IReadOnlyList<string>>() });

        Assert.IsNull(assertion.Element(SamlNames.AttributeStatement));
        Assert.IsNotNull(assertion.Element(SamlNames.AuthnStatement));
    }

    [TestMethod]
    [DataRow(false, false, DisplayName = "bearer")]
    [DataRow(true, true, DisplayName = "holder-of-key, one-time")]
    public void Issue_Assertion_ValidatesAgainstTheSamlSchema(bool holderOfKey, bool oneTimeUse)
    {
        var descriptor = SamlTestFixture.Bearer(oneTimeUse) with { HolderOfKey = holderOfKey ? TestKeys.Ecdsa : null, SpNameQualifier = "urn:sp" };
        var text = SamlTestFixture.Text(new SamlTestFixture().Issuer.Issue(descriptor));

        var errors = SchemaErrors(text);

        Assert.IsEmpty(errors, string.Join(Environment.NewLine, errors));
    }

    [TestMethod]
    public void SchemaErrors_MisorderedAssertion_AreReported()
    {
        // Proves the schema check above can fail: Conditions moved before Subject.
        var assertion = new SamlTestFixture().Issuer.Issue(SamlTestFixture.Bearer());
        var conditions = assertion.Element(SamlNames.Conditions)!;
        conditions.Remove();
        assertion.Element(SamlNames.Subject)!.AddBeforeSelf(conditions);

        Assert.IsNotEmpty(SchemaErrors(SamlTestFixture.Text(assertion)));
    }

    private static List<string> SchemaErrors(string text)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings
        {
            ValidationType = ValidationType.Schema,
            Schemas = Schemas.Value,
            ValidationFlags = XmlSchemaValidationFlags.ReportValidationWarnings,
        };
        settings.ValidationEventHandler += (_, e) => errors.Add(e.Message);
        using var reader = XmlReader.Create(new StringReader(text), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    [TestMethod]
    public void Issue_NoAudience_Throws()
    {
        var issuer = new SamlTestFixture().Issuer;

        Assert.ThrowsExactly<ArgumentException>(() => issuer.Issue(SamlTestFixture.Bearer() with { Audiences = [] }));
    }

    /// <summary>The official SAML assertion schema with its XML-DSig and XML-Enc imports, resolved from local files only.</summary>
    private static XmlSchemaSet LoadSchemas()
    {
        var directory = TestPaths.ConformanceXsd;
        var set = new XmlSchemaSet { XmlResolver = new LocalSchemaResolver(directory) };
        foreach (var file in new[] { "xmldsig-core-schema.xsd", "xenc-schema.xsd", "saml-schema-assertion-2.0.xsd" })
        {
            // The W3C schema files start with a DOCTYPE: trusted local files, parsed without any external fetch.
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
            using var reader = XmlReader.Create(Path.Combine(directory, file), settings);
            set.Add(null, reader);
        }

        set.Compile();
        return set;
    }

    /// <summary>Maps any schemaLocation to the file of that name in the conformance folder; nothing leaves the machine.</summary>
    private sealed class LocalSchemaResolver(string directory) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var path = Path.Combine(directory, Path.GetFileName(absoluteUri.AbsolutePath));
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse, XmlResolver = null };
            return File.Exists(path) ? XmlReader.Create(path, settings) : throw new FileNotFoundException("Not a local schema.", path);
        }
    }
}
