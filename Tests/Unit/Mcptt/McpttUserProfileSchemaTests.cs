using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Schemas;
using GupSoap.Server.Demo;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>Schemas/Xsd/mcptt-user-profile.xsd: the full profile with its service fields, one document per profile id.</summary>
[TestClass]
public sealed class McpttUserProfileSchemaTests
{
    private static readonly XNamespace Up = Namespaces.McpttUserProfile;

    private static XElement Full => DemoMcpttProfiles.For("sip:officer17@example.org").First();

    private static string? ErrorOf(XElement profile) => SchemaRegistry.Default.Validate(profile).Error;

    [TestMethod]
    public void Validate_EveryDemoProfile_IsValid()
    {
        foreach (var profile in DemoMcpttProfiles.For("sip:alice@example.org"))
        {
            Assert.IsNull(ErrorOf(profile), (string?)profile.Attribute("profileId"));
        }
    }

    [TestMethod]
    public void Validate_DemoProfiles_HaveIdsOneToThreeWithOnlyTheFirstPreSelected()
    {
        var profiles = DemoMcpttProfiles.For("sip:bob@example.org").ToList();

        CollectionAssert.AreEqual(new[] { "1", "2", "3" }, profiles.Select(p => (string?)p.Attribute("profileId")).ToArray());
        CollectionAssert.AreEqual(new[] { "At home", "Mutual aid", "Limited device" }, profiles.Select(p => p.Element(Up + "ProfileName")!.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "true", "false", "false" }, profiles.Select(p => p.Element(Up + "PreSelected")!.Value).ToArray());
        Assert.IsTrue(profiles.All(p => p.Element(Up + "MCPTTID")!.Value == "sip:bob@example.org"));
    }

    [TestMethod]
    public void Validate_SignatureAnywhereButLast_IsInvalid()
    {
        var profile = Full;
        profile.AddFirst(new XElement(XName.Get("Signature", Namespaces.XmlDsig)));

        Assert.IsNotNull(ErrorOf(profile));
    }

    [TestMethod]
    [DataRow("x'y")]
    [DataRow("two words")]
    [DataRow("")]
    public void Validate_ProfileIdThatIsNoSafeLiteral_IsInvalid(string profileId)
    {
        var profile = Full;
        profile.SetAttributeValue("profileId", profileId);

        Assert.IsNotNull(ErrorOf(profile));
    }

    [TestMethod]
    public void Validate_UnknownServiceField_IsInvalid()
    {
        var profile = Full;
        profile.Add(new XElement(Up + "Teleportation", "true"));

        Assert.IsNotNull(ErrorOf(profile));
    }

    [TestMethod]
    public void Validate_MoreThanFiveAliases_IsInvalid()
    {
        var profile = Full;
        profile.Element(Up + "UserAliases")!.Add(Enumerable.Range(0, 5).Select(i => new XElement(Up + "Alias", "alias " + i)));

        Assert.IsNotNull(ErrorOf(profile));
    }
}
