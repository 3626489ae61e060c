using System.Reflection;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using System.Xml.Serialization;
using GupSoap.Contracts;
using GupSoap.Contracts.Mcptt;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>wsdl/cm.xsd declares what the Contracts/Mcptt types write and read, and imports only the schemas served beside it.</summary>
[TestClass]
public sealed class CmWsdlContractAgreementXsdTests
{
    private static readonly System.Xml.Linq.XNamespace XsdNs = XmlSchema.Namespace;

    private static readonly WsdlInterface Contract = WsdlInterface.Cm;

    private static readonly MessageValidator Messages = new(Contract);

    private static readonly XsdAssertions Xsd = new(Contract);

    private static XmlSchemaComplexType TypeOf(string name) =>
        (XmlSchemaComplexType)Contract.Schemas.GlobalTypes[new XmlQualifiedName(name, Namespaces.McpttCm)]!;

    [TestMethod]
    [DataRow("GetUserProfile")]
    [DataRow("GetUserProfile.Minimal")]
    [DataRow("GetUserProfile.None")]
    [DataRow("GetUserProfileResponse.Profile")]
    [DataRow("GetUserProfileResponse.Synchronized")]
    [DataRow("GetUserProfileResponse.UploadRequested")]
    [DataRow("GetUserProfileResponse.Failed")]
    [DataRow("UploadUserProfile")]
    [DataRow("UploadUserProfile.SignedCopy")]
    [DataRow("UploadUserProfileResponse")]
    [DataRow("UploadUserProfileResponse.ModifiedSince")]
    [DataRow("ListUserProfiles")]
    [DataRow("ListUserProfilesResponse")]
    [DataRow("ListUserProfilesResponse.Empty")]
    [DataRow("SubscribeProfileUpdates")]
    [DataRow("SubscribeProfileUpdates.AllProfiles")]
    [DataRow("SubscribeProfileUpdatesResponse")]
    [DataRow("UnsubscribeProfileUpdates")]
    [DataRow("UnsubscribeProfileUpdatesResponse")]
    [DataRow("ProfileUpdateNotification")]
    [DataRow("ProfileUpdateNotificationResponse")]
    public void Serialize_PopulatedContract_ValidatesAgainstCmXsd(string sample) => Messages.AssertSerializesValid(CmContractSamples.Create(sample));

    [TestMethod]
    public void CmXsd_EveryContractRootAndType_IsDeclared() => Xsd.AssertEveryContractRootAndTypeIsDeclared(minimumTypes: 15);

    [TestMethod]
    public void CmXsd_EverySequenceContract_MatchesItsParticlesAndAttributes()
    {
        var mismatches = new List<string>();
        var shape = new ContractShape(Contract);
        foreach (var type in Contract.ContractTypes().Where(t => t != typeof(GetUserProfileResponse) && t != typeof(UserProfileDocument)))
        {
            shape.Compare(type, TypeOf(type.GetCustomAttribute<XmlTypeAttribute>()!.TypeName), mismatches);
        }

        Assert.IsEmpty(mismatches, string.Join(Environment.NewLine, mismatches));
    }

    [TestMethod]
    public void CmXsd_GetUserProfileResponse_IsStatusThenAnOptionalChoiceOfTheThreeOutcomes()
    {
        var extension = (XmlSchemaComplexContentExtension)((XmlSchemaComplexContent)TypeOf("GetUserProfileResponseType").ContentModel!).Content!;
        var choice = (XmlSchemaChoice)extension.Particle!;

        Assert.AreEqual(0m, choice.MinOccurs);
        Assert.AreEqual(1m, choice.MaxOccurs);
        var outcomes = choice.Items.Cast<XmlSchemaElement>().Select(e => e.QualifiedName.Name).ToArray();
        var members = typeof(GetUserProfileResponse).GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .OrderBy(p => p.GetCustomAttribute<XmlElementAttribute>()!.Order).Select(p => p.GetCustomAttribute<XmlElementAttribute>()!.ElementName).ToArray();
        CollectionAssert.AreEqual(new[] { "Profile", "Synchronized", "UploadRequested" }, outcomes);
        CollectionAssert.AreEqual(outcomes, members);
    }

    [TestMethod]
    public void CmXsd_UserProfileDocument_IsExactlyTheProfileElementTheContractCaptures()
    {
        var sequence = (XmlSchemaSequence)TypeOf("UserProfileDocumentType").Particle!;
        var element = (XmlSchemaElement)sequence.Items.Cast<XmlSchemaParticle>().Single();
        var any = typeof(UserProfileDocument).GetProperty(nameof(UserProfileDocument.Document))!.GetCustomAttribute<XmlAnyElementAttribute>()!;

        Assert.AreEqual(new XmlQualifiedName(any.Name, any.Namespace), element.QualifiedName);
        Assert.AreEqual(1m, element.MinOccurs);
        Assert.AreEqual(typeof(XElement), typeof(UserProfileDocument).GetProperty(nameof(UserProfileDocument.Document))!.PropertyType);
    }

    [TestMethod]
    public void CmXsd_ImportsOnlyServedSiblings()
    {
        var schema = XDocument.Load(Contract.XsdPath).Root!;

        Assert.AreEqual(Namespaces.McpttCm, (string?)schema.Attribute("targetNamespace"));
        var locations = schema.Elements(XsdNs + "import").Select(i => (string?)i.Attribute("schemaLocation")).ToList();
        CollectionAssert.AreEquivalent(new[] { "liberty-utility.xsd", "mcptt-user-profile.xsd" }, locations);
        Assert.IsEmpty(schema.Elements(XsdNs + "include"));
    }

    [TestMethod]
    public void CmXsd_ProfileIdPattern_IsTheProfileSchemasPattern()
    {
        var cm = (XmlSchemaSimpleTypeRestriction)((XmlSchemaSimpleType)Contract.Schemas.GlobalTypes[new XmlQualifiedName("ProfileIDType", Namespaces.McpttCm)]!).Content!;
        var up = (XmlSchemaSimpleTypeRestriction)((XmlSchemaSimpleType)Contract.Schemas.GlobalTypes[new XmlQualifiedName("ProfileIdType", Namespaces.McpttUserProfile)]!).Content!;

        static string Pattern(XmlSchemaSimpleTypeRestriction r) => r.Facets.OfType<XmlSchemaPatternFacet>().Single().Value!;
        Assert.AreEqual(Pattern(up), Pattern(cm));
    }
}
