using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Security;
using GupSoap.Schemas;
using GupSoap.Server.Demo;
using GupSoap.Server.Mcptt;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>Delivered profiles: signed enveloped with the server key, stating the stored version, still schema-valid.</summary>
[TestClass]
public sealed class ProfileSignatureTests
{
    private static readonly XName Signature = XName.Get("Signature", Namespaces.XmlDsig);

    private static readonly Lazy<SigningCredentials> Key = new(() => new SigningCredentials(SecurityTokens.NewKey("CN=cm-test"), "urn:gupsoap:gup-server"));

    private static XElement Stored => DemoMcpttProfiles.For("sip:alice@example.org").First();

    [TestMethod]
    public void Sign_StoredProfile_VerifiesWithTheServerKeyAndStatesTheVersion()
    {
        var signed = ProfileSignature.Sign(Stored, 7, Key.Value);

        var check = XmlSignatureVerifier.VerifyEnveloped(signed, [Key.Value.Certificate]);

        Assert.IsTrue(check.Valid, check.Failure?.Reason);
        Assert.AreEqual("7", (string?)signed.Attribute("version"));
        Assert.AreEqual(ProfileSignature.DocumentId, (string?)signed.Attribute("ID"));
        Assert.AreEqual(Signature, signed.Elements().Last().Name);
    }

    [TestMethod]
    public void Sign_StoredProfile_StaysValidAgainstTheProfileSchemaAndLeavesTheInputAlone()
    {
        var stored = Stored;

        var signed = ProfileSignature.Sign(stored, 2, Key.Value);

        var result = SchemaRegistry.Default.Validate(signed);
        Assert.IsTrue(result.IsValid, result.Error);
        Assert.IsNull(stored.Element(Signature));
        Assert.IsNull(stored.Attribute("ID"));
    }

    [TestMethod]
    public void Sign_ThenChanged_NoLongerVerifies()
    {
        var signed = ProfileSignature.Sign(Stored, 2, Key.Value);
        signed.SetAttributeValue("version", "3");

        Assert.IsFalse(XmlSignatureVerifier.VerifyEnveloped(signed, [Key.Value.Certificate]).Valid);
    }

    [TestMethod]
    public void WithoutSignature_SignedProfile_RemovesSignatureAndId()
    {
        var signed = ProfileSignature.Sign(Stored, 2, Key.Value);

        var plain = ProfileSignature.WithoutSignature(signed);

        Assert.IsNull(plain.Element(Signature));
        Assert.IsNull(plain.Attribute("ID"));
        Assert.AreEqual("At home", plain.Element(ComponentTypeNames.McpttUserProfile.Namespace + "ProfileName")!.Value);
    }
}
