using GupSoap.Core.Saml;
using GupSoap.Tests.Unit.Security.Signatures;

namespace GupSoap.Tests.Unit.Saml;

[TestClass]
public sealed class SamlAssertionReaderTests
{
    private const string Head = "<saml2:Assertion xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\" ID=\"_r1\" Version=\"2.0\" IssueInstant=\"2026-03-01T12:00:00Z\">";
    private const string Issuer = "<saml2:Issuer>urn:test:issuer</saml2:Issuer>";
    private const string Subject = "<saml2:Subject><saml2:NameID>alice</saml2:NameID></saml2:Subject>";
    private const string Tail = "</saml2:Assertion>";

    [TestMethod]
    public void Read_IssuedAssertion_ReadsEveryField()
    {
        var issuer = new AssertionIssuer(TestKeys.IssuerCredentials, new Support.ManualTimeProvider(SamlTestFixture.Start));
        var element = SamlTestFixture.Receive(SamlTestFixture.Text(issuer.Issue(SamlTestFixture.Bearer(oneTimeUse: true) with { SpNameQualifier = "urn:sp" })));

        var (assertion, error) = SamlAssertionReader.Read(element);

        Assert.IsNull(error);
        Assert.AreEqual(TestKeys.IssuerEntityId, assertion!.Issuer);
        Assert.AreEqual(SamlTestFixture.Start, assertion.IssueInstant);
        Assert.AreEqual(SamlTestFixture.Start, assertion.NotBefore);
        Assert.AreEqual(SamlTestFixture.Start.AddMinutes(5), assertion.NotOnOrAfter);
        Assert.AreEqual(new SamlSubject("urn:test:requestor", SamlNames.NameIdFormatEntity, null, "urn:sp"), assertion.Subject);
        Assert.AreEqual(SamlTestFixture.Audience, assertion.AudienceRestrictions.Single().Single());
        Assert.IsTrue(assertion.OneTimeUse);
        var confirmation = assertion.Confirmations.Single();
        Assert.AreEqual(SamlTestFixture.Endpoint, confirmation.Recipient);
        Assert.AreEqual(SamlTestFixture.Start.AddMinutes(5), confirmation.NotOnOrAfter);
        Assert.AreSame(element, assertion.Element);
    }

    [TestMethod]
    public void Read_CommentInsideNameId_ReadsTheWholeText()
    {
        // SECURITY.md S5 (CVE-2017-11427 family): the loader drops the comment, the NameID text is compared whole.
        var element = SamlTestFixture.Receive(Head + Issuer + "<saml2:Subject><saml2:NameID>admin@x<!---->.evil</saml2:NameID></saml2:Subject>" + Tail);

        var (assertion, _) = SamlAssertionReader.Read(element);

        Assert.AreEqual("admin@x.evil", assertion!.Subject.NameId);
    }

    [TestMethod]
    public void Read_HolderOfKeyConfirmation_ReadsTheCertificate()
    {
        var issuer = new AssertionIssuer(TestKeys.IssuerCredentials, TimeProvider.System);
        var element = SamlTestFixture.Receive(SamlTestFixture.Text(issuer.Issue(SamlTestFixture.Bearer() with { HolderOfKey = TestKeys.Ecdsa })));

        var (assertion, _) = SamlAssertionReader.Read(element);

        Assert.AreEqual(TestKeys.Ecdsa.Thumbprint, assertion!.Confirmations.Single().Key!.Thumbprint);
        Assert.IsFalse(assertion.Confirmations.Single().Key!.HasPrivateKey);
    }

    [TestMethod]
    public void Read_MinimalAssertion_IsRead()
    {
        var (assertion, error) = SamlAssertionReader.Read(SamlTestFixture.Receive(Head + Issuer + Subject + Tail));

        Assert.IsNull(error);
        Assert.IsNull(assertion!.NotOnOrAfter);
        Assert.IsEmpty(assertion.Confirmations);
    }

    [TestMethod]
    [DataRow("Version=\"2.0\"", "Version=\"1.1\"", DisplayName = "version 1.1")]
    [DataRow("ID=\"_r1\"", "ID=\"1r\"", DisplayName = "ID not an NCName")]
    [DataRow("ID=\"_r1\" ", "", DisplayName = "no ID")]
    [DataRow("2026-03-01T12:00:00Z", "2026-03-01T12:00:00+02:00", DisplayName = "IssueInstant with an offset")]
    [DataRow("2026-03-01T12:00:00Z", "2026-03-01T12:00:00", DisplayName = "IssueInstant without zone")]
    [DataRow("Version=\"2.0\"", "Version=\"2.0\" Extra=\"x\"", DisplayName = "unknown attribute")]
    [DataRow(Issuer, "", DisplayName = "no Issuer")]
    [DataRow(Issuer, Issuer + Issuer, DisplayName = "two Issuers")]
    [DataRow(Issuer, "<saml2:Issuer Format=\"urn:oasis:names:tc:SAML:2.0:nameid-format:persistent\">x</saml2:Issuer>", DisplayName = "Issuer not an entity")]
    [DataRow(Subject, "", DisplayName = "no Subject")]
    [DataRow(Subject, "<saml2:Subject><saml2:EncryptedID/></saml2:Subject>", DisplayName = "EncryptedID")]
    [DataRow(Subject, "<saml2:Subject><saml2:BaseID/></saml2:Subject>", DisplayName = "BaseID")]
    [DataRow(Subject, "<saml2:Subject><saml2:NameID>a</saml2:NameID><saml2:NameID>b</saml2:NameID></saml2:Subject>", DisplayName = "two NameIDs")]
    [DataRow(Subject, "<saml2:Subject><saml2:NameID></saml2:NameID></saml2:Subject>", DisplayName = "empty NameID")]
    [DataRow(Subject, "<saml2:Conditions/>" + Subject, DisplayName = "Conditions before Subject")]
    [DataRow(Subject, Subject + "<saml2:Conditions><saml2:Condition/></saml2:Conditions>", DisplayName = "unknown condition")]
    [DataRow(Subject, Subject + "<saml2:Conditions><saml2:OneTimeUse/><saml2:OneTimeUse/></saml2:Conditions>", DisplayName = "two OneTimeUse")]
    [DataRow(Subject, Subject + "<saml2:Conditions><saml2:AudienceRestriction/></saml2:Conditions>", DisplayName = "empty AudienceRestriction")]
    [DataRow(Subject, Subject + "<saml2:Conditions NotOnOrAfter=\"tomorrow\"/>", DisplayName = "malformed NotOnOrAfter")]
    [DataRow(Subject, Subject + "<saml2:Advice>" + Head + Issuer + Subject + Tail + "</saml2:Advice>", DisplayName = "assertion inside Advice")]
    [DataRow(Subject, Subject + "<saml2:Unknown/>", DisplayName = "unknown statement")]
    [DataRow(Subject, Subject + "<saml2:AttributeStatement><saml2:EncryptedAttribute/></saml2:AttributeStatement>", DisplayName = "encrypted attribute")]
    [DataRow(Subject, "text" + Subject, DisplayName = "text in the assertion")]
    public void Read_MalformedAssertion_ReturnsAnError(string original, string replacement)
    {
        var text = (Head + Issuer + Subject + Tail).Replace(original, replacement, StringComparison.Ordinal);

        var (assertion, error) = SamlAssertionReader.Read(SamlTestFixture.Receive(text));

        Assert.IsNull(assertion);
        Assert.IsFalse(string.IsNullOrEmpty(error));
    }

    [TestMethod]
    public void Read_OtherElement_ReturnsAnError()
    {
        var (assertion, error) = SamlAssertionReader.Read(SamlTestFixture.Receive("<saml2:Issuer xmlns:saml2=\"urn:oasis:names:tc:SAML:2.0:assertion\">x</saml2:Issuer>"));

        Assert.IsNull(assertion);
        Assert.IsNotNull(error);
    }
}
