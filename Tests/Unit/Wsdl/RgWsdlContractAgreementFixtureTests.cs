using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>The hand-written Rg samples (Fixtures/Rg) are valid against wsdl/rg.xsd and read by the Contracts/Rg types as the server reads them.</summary>
[TestClass]
public sealed class RgWsdlContractAgreementFixtureTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;

    private static readonly MessageValidator Messages = new(WsdlInterface.Rg);

    [TestMethod]
    public void Fixture_Create_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<CreateRequest>("Create");

        Assert.AreEqual("sip:carol@example.org", request.ResourceId?.Value);
        Assert.AreEqual("sip", request.ResourceId?.Type);
        Assert.AreEqual("sip:carol@example.org", request.RequestorData?.SubscriberId);
        Assert.AreEqual("urn:example:app:provisioning", request.RequestorData?.ApplicationId);
        Assert.AreEqual("None", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual("hss", request.TargetRepository);
        Assert.HasCount(2, request.Items!);
        var info = request.Items![0];
        Assert.AreEqual("info", info.ItemId);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), info.ObjectType);
        var component = info.NewData?.Elements?.Single();
        Assert.IsNotNull(component);
        Assert.AreEqual(Sub + "SubscriberInfo", component.Name);
        Assert.AreEqual("+447700900125", (string?)component.Element(Sub + "MSISDN"));
        Assert.IsTrue(SchemaRegistry.Default.Validate(component).IsValid);
        var presence = request.Items[1];
        Assert.AreEqual("presence", presence.ItemId);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), presence.ObjectType);
        Assert.AreEqual(Pres + "PresenceSettings", presence.NewData?.Elements?.Single().Name);
    }

    [TestMethod]
    public void Fixture_CreateResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<CreateResponse>("CreateResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 0, 0, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
        CollectionAssert.AreEqual(new[] { "info", "presence" }, response.Items!.Select(i => i.ItemIdRef).ToArray());
        Assert.IsTrue(response.Items!.All(i => i.Status.Code == StatusCodes.Ok && i.VersionSpecified && i.Version == 1));
    }

    [TestMethod]
    public void Fixture_Delete_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<DeleteRequest>("Delete");

        Assert.AreEqual("tel:+447700900123", request.ResourceId?.Value);
        Assert.AreEqual("tel", request.ResourceId?.Type);
        Assert.AreEqual("urn:example:app:selfcare", request.RequestorData?.ApplicationId);
        Assert.HasCount(2, request.Items!);
        var first = request.Items![0];
        Assert.AreEqual("presence", first.ItemId);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), first.ObjectType);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), first.NotChangedSince.ToUniversalTime());
        var second = request.Items[1];
        Assert.IsNull(second.ItemId);
        Assert.AreEqual(new XmlQualifiedName("LcsPrivacy", Namespaces.Lcs), second.ObjectType);
        Assert.IsFalse(second.NotChangedSinceSpecified);
    }

    [TestMethod]
    public void Fixture_DeleteWithoutItems_ValidAndNamesNoComponent()
    {
        var request = Messages.ValidateAndDeserialize<DeleteRequest>("Delete.WholeProfile", "Delete");

        Assert.AreEqual("sip:carol@example.org", request.ResourceId?.Value);
        Assert.IsNull(request.RequestorData);
        Assert.IsNull(request.Items);
    }

    [TestMethod]
    public void Fixture_DeleteResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<DeleteResponse>("DeleteResponse");

        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, response.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, response.Status.Detail);
        Assert.AreEqual("The profile has no PresenceSettings component.", response.Status.Comment);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixture_Modify_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<ModifyRequest>("Modify");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Supported", request.RequestorData?.RedirectionIndication);
        Assert.HasCount(2, request.Items!);
        var first = request.Items![0];
        Assert.AreEqual("name", first.ItemId);
        Assert.IsTrue(first.OverrideAllowed);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), first.NotChangedSince.ToUniversalTime());
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", first.Select?.Text);
        Assert.AreEqual(Sub.NamespaceName, first.Select?.LookupNamespace("sub"));
        Assert.AreEqual(Namespaces.Gup, first.Select?.LookupNamespace("gup"));
        Assert.AreEqual("Alice A. Example", first.NewData?.Elements?.Single().Value);
        var second = request.Items[1];
        Assert.AreEqual("device", second.ItemId);
        Assert.IsFalse(second.OverrideAllowed);
        Assert.IsFalse(second.NotChangedSinceSpecified);
        Assert.AreEqual(Pres.NamespaceName, second.Select?.LookupNamespace("pres"));
        Assert.AreEqual("tablet", (string?)second.NewData?.Elements?.Single().Attribute("id"));
    }

    [TestMethod]
    public void Fixture_ModifyResponse_PartialNamesTheFailedItem()
    {
        var response = Messages.ValidateAndDeserialize<ModifyResponse>("ModifyResponse");

        Assert.AreEqual(StatusCodes.Partial, response.Status.Code);
        var failed = response.Status.Details!.Single();
        Assert.AreEqual("device", failed.Ref);
        Assert.AreEqual(StatusCodes.InvalidParameter, failed.Code);
        Assert.AreEqual(StatusCodes.ExistsAlready, failed.Details!.Single().Code);
        Assert.HasCount(2, response.Items!);
        var name = response.Items![0];
        Assert.AreEqual("name", name.ItemIdRef);
        Assert.AreEqual(StatusCodes.Ok, name.Status.Code);
        Assert.IsTrue(name.VersionSpecified);
        Assert.AreEqual(4L, name.Version);
        var device = response.Items[1];
        Assert.AreEqual("device", device.ItemIdRef);
        Assert.AreEqual(StatusCodes.Failed, device.Status.Code);
        Assert.AreEqual(StatusCodes.InvalidParameter, device.Status.ErrorType);
        Assert.AreEqual(StatusCodes.ExistsAlready, device.Status.Detail);
        Assert.IsFalse(device.VersionSpecified);
    }

    [TestMethod]
    public void Fixture_List_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<ListRequest>("List");

        Assert.IsTrue(request.CountSpecified);
        Assert.AreEqual(2, request.Count);
        Assert.AreEqual(0, request.Offset);
        Assert.AreEqual("urn:example:app:audit", request.RequestorData?.ApplicationId);
        Assert.AreEqual("sip:*@example.org", request.SearchCriteria?.ResourceIdPattern);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("mcptt-user-profile", Namespaces.McpttUserProfile) },
            request.SearchCriteria?.ComponentTypes);
    }

    [TestMethod]
    public void Fixture_ListResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<ListResponse>("ListResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Items!);
        Assert.AreEqual("sip:alice@example.org", response.Items![0].ResourceId?.Value);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("PresenceSettings", Pres.NamespaceName) },
            response.Items[0].ComponentTypes);
        Assert.AreEqual("sip:bob@example.org", response.Items[1].ResourceId?.Value);
        Assert.IsTrue(response.EndOfListSpecified && response.EndOfList);
        Assert.IsTrue(response.NextOffsetSpecified);
        Assert.AreEqual(2, response.NextOffset);
    }

    [TestMethod]
    public void Fixture_Query_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<QueryRequest>("Query");

        Assert.AreEqual("sip:bob@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Preferred", request.RequestorData?.RedirectionIndication);
        Assert.HasCount(3, request.Items!);
        Assert.AreEqual("all", request.Items![0].ItemId);
        Assert.AreEqual("/gup:Profile", request.Items[0].Select?.Text);
        Assert.IsFalse(request.Items[0].ChangedSinceSpecified);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Device[@id='phone']/@id", request.Items[1].Select?.Text);
        Assert.AreEqual(Pres.NamespaceName, request.Items[1].Select?.LookupNamespace("pres"));
        var name = request.Items[2];
        Assert.AreEqual("name", name.ItemId);
        Assert.IsTrue(name.ChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc), name.ChangedSince.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_QueryResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<QueryResponse>("QueryResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(3, response.Data!);
        var whole = response.Data![0];
        Assert.AreEqual("all", whole.ItemIdRef);
        Assert.IsFalse(whole.VersionSpecified);
        Assert.IsFalse(whole.ChangeTimeSpecified);
        var profile = whole.Elements?.Single();
        Assert.AreEqual(XName.Get("Profile", Namespaces.Gup), profile?.Name);
        Assert.AreEqual("sip:bob@example.org", (string?)profile?.Attribute("resourceID"));
        CollectionAssert.AreEqual(new[] { Sub + "SubscriberInfo", Pres + "PresenceSettings" }, profile!.Elements().Select(e => e.Name).ToArray());
        var attribute = response.Data[1];
        Assert.AreEqual("phone", attribute.ItemIdRef);
        Assert.AreEqual("phone", attribute.Text);
        Assert.IsNull(attribute.Elements);
        Assert.IsTrue(attribute.VersionSpecified && attribute.ChangeTimeSpecified);
        Assert.AreEqual(7L, attribute.Version);
        Assert.AreEqual(new DateTime(2026, 2, 28, 8, 0, 0, DateTimeKind.Utc), attribute.ChangeTime.ToUniversalTime());
        Assert.AreEqual(Sub + "DisplayName", response.Data[2].Elements?.Single().Name);
        Assert.AreEqual(3L, response.Data[2].Version);
    }

    [TestMethod]
    public void Fixtures_EveryRgElement_HasOne() => Messages.AssertEveryMessageElementHasAFixture();

    [TestMethod]
    public void Fixture_WithElementsOutOfOrder_IsRejectedByRgXsd()
    {
        var errors = Messages.ValidateEdited("Create", MessageValidator.MoveResourceIdToTheEnd);

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_WithInvalidComponentInNewData_IsRejectedByRgXsd()
    {
        var errors = Messages.ValidateEdited("Create", doc => doc.Descendants(Sub + "Language").Single().Remove());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    [DataRow("Create", "CreateItem")]
    [DataRow("Modify", "ModifyItem")]
    [DataRow("Query", "QueryItem")]
    public void Fixture_WithoutAnyItem_IsRejectedByRgXsd(string element, string item)
    {
        var errors = Messages.ValidateEdited(element, doc => doc.Root!.Elements(Rg + item).Remove());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_CreateItemWithoutObjectType_IsRejectedByRgXsd()
    {
        var errors = Messages.ValidateEdited("Create", doc => doc.Root!.Elements(Rg + "CreateItem").First().Attribute("objectType")!.Remove());

        Assert.IsNotEmpty(errors);
    }
}
