using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>The hand-written Rp samples (Fixtures/Rp) are valid against wsdl/rp.xsd and read by the Contracts/Rp types.</summary>
[TestClass]
public sealed class RpWsdlContractAgreementFixtureTests
{
    private static readonly XNamespace Sub = "urn:3gpp:gup:2006-08:subscriber";
    private static readonly XNamespace Pres = "urn:3gpp:gup:2006-08:presence";

    private static readonly MessageValidator Messages = new(WsdlInterface.Rp);

    [TestMethod]
    public void Fixture_CreateComponent_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<CreateComponentRequest>("CreateComponent");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("sip", request.ResourceId?.Type);
        Assert.AreEqual("sip:alice@example.org", request.RequestorData?.SubscriberId);
        Assert.AreEqual("urn:example:app:provisioning", request.RequestorData?.ApplicationId);
        Assert.AreEqual("None", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual(XName.Get("ticket", "urn:example:crm"), request.RequestorData?.AdditionalInfo?.Elements?.Single().Name);
        Assert.AreEqual("web", request.RequestorData?.AdditionalInfo?.Attributes?.Single().Value);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        var component = request.NewData?.Elements?.Single();
        Assert.IsNotNull(component);
        Assert.AreEqual(Sub + "SubscriberInfo", component.Name);
        Assert.AreEqual("+447700900123", (string?)component.Element(Sub + "MSISDN"));
        Assert.IsTrue(SchemaRegistry.Default.Validate(component).IsValid);
    }

    [TestMethod]
    public void Fixture_CreateComponentResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<CreateComponentResponse>("CreateComponentResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.AreEqual(1L, response.Version);
        Assert.IsTrue(response.TimeStampSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_DeleteComponent_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<DeleteComponentRequest>("DeleteComponent");

        Assert.AreEqual("tel:+447700900123", request.ResourceId?.Value);
        Assert.AreEqual("tel", request.ResourceId?.Type);
        Assert.IsNull(request.RequestorData);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.IsTrue(request.NotChangedSinceSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 1, 10, 15, 30, DateTimeKind.Utc), request.NotChangedSince.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_DeleteComponentResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<DeleteComponentResponse>("DeleteComponentResponse");

        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, response.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, response.Status.Detail);
        Assert.AreEqual("The resource has no PresenceSettings component.", response.Status.Comment);
    }

    [TestMethod]
    public void Fixture_ModifyData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<ModifyDataRequest>("ModifyData");

        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        Assert.AreEqual("urn:example:app:selfcare", request.RequestorData?.ApplicationId);
        Assert.HasCount(2, request.Modifications!);
        var first = request.Modifications![0];
        Assert.AreEqual("name", first.ItemId);
        Assert.IsTrue(first.OverrideAllowed);
        Assert.IsTrue(first.NotChangedSinceSpecified);
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo/sub:DisplayName", first.Select?.Text);
        Assert.AreEqual(Sub.NamespaceName, first.Select?.LookupNamespace("sub"));
        Assert.AreEqual(Namespaces.Gup, first.Select?.LookupNamespace("gup"));
        Assert.AreEqual("Alice A. Example", first.NewData?.Elements?.Single().Value);
        var second = request.Modifications[1];
        Assert.AreEqual("number", second.ItemId);
        Assert.IsFalse(second.OverrideAllowed);
        Assert.IsFalse(second.NotChangedSinceSpecified);
        Assert.AreEqual(Sub + "MSISDN", second.NewData?.Elements?.Single().Name);
    }

    [TestMethod]
    public void Fixture_ModifyDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<ModifyDataResponse>("ModifyDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.AreEqual(2L, response.Version);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixture_ListData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<ListDataRequest>("ListData");

        Assert.IsTrue(request.CountSpecified);
        Assert.AreEqual(10, request.Count);
        Assert.AreEqual(20, request.Offset);
        Assert.AreEqual("urn:example:app:audit", request.RequestorData?.ApplicationId);
        Assert.AreEqual("sip:*@example.org", request.SearchCriteria?.ResourceIdPattern);
        CollectionAssert.AreEqual(
            new[] { new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs") },
            request.SearchCriteria?.ComponentTypes);
    }

    [TestMethod]
    public void Fixture_ListDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<ListDataResponse>("ListDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Items!);
        Assert.AreEqual("sip:alice@example.org", response.Items![0].ResourceId?.Value);
        Assert.HasCount(2, response.Items[0].ComponentTypes!);
        Assert.AreEqual(new XmlQualifiedName("LcsPrivacy", "urn:3gpp:gup:2006-08:lcs"), response.Items[0].ComponentTypes![1]);
        Assert.AreEqual("sip:bob@example.org", response.Items[1].ResourceId?.Value);
        Assert.IsTrue(response.EndOfListSpecified && response.EndOfList);
        Assert.IsTrue(response.NextOffsetSpecified);
        Assert.AreEqual(22, response.NextOffset);
    }

    [TestMethod]
    public void Fixture_ReadData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<ReadDataRequest>("ReadData");

        Assert.AreEqual("sip:bob@example.org", request.ResourceId?.Value);
        Assert.AreEqual("Supported", request.RequestorData?.RedirectionIndication);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.HasCount(2, request.Items!);
        Assert.AreEqual("all", request.Items![0].ItemId);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings", request.Items[0].Select?.Text);
        Assert.AreEqual("phone", request.Items[1].ItemId);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Device[@id='phone']/@id", request.Items[1].Select?.Text);
        Assert.AreEqual(Pres.NamespaceName, request.Items[1].Select?.LookupNamespace("pres"));
    }

    [TestMethod]
    public void Fixture_ReadDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<ReadDataResponse>("ReadDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.HasCount(2, response.Data!);
        var whole = response.Data![0];
        Assert.AreEqual("all", whole.ItemIdRef);
        Assert.AreEqual(7L, whole.Version);
        Assert.AreEqual(new DateTime(2026, 2, 28, 8, 0, 0, DateTimeKind.Utc), whole.ChangeTime.ToUniversalTime());
        Assert.AreEqual(Pres + "PresenceSettings", whole.Elements?.Single().Name);
        var attribute = response.Data[1];
        Assert.AreEqual("phone", attribute.ItemIdRef);
        Assert.AreEqual("phone", attribute.Text);
        Assert.IsNull(attribute.Elements);
    }

    [TestMethod]
    public void Fixture_DefineData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<DefineDataRequest>("DefineData");

        Assert.AreEqual("urn:example:app:operator-admin", request.RequestorData?.ApplicationId);
        Assert.AreEqual(new XmlQualifiedName("SubscriberInfo", Sub.NamespaceName), request.ComponentType);
        Assert.HasCount(2, request.Definitions!);
        var first = request.Definitions![0];
        Assert.AreEqual(new XmlQualifiedName("LoyaltyLevel", "urn:example:operator-ext"), first.Name);
        Assert.AreEqual(new XmlQualifiedName("nonNegativeInteger", XmlSchema.Namespace), first.Type);
        Assert.AreEqual("/gup:Profile/sub:SubscriberInfo", first.Parent?.Text);
        Assert.AreEqual(1, first.MaxOccurs);
        Assert.AreEqual(3, request.Definitions[1].MaxOccurs);
        Assert.AreEqual(new XmlQualifiedName("string", XmlSchema.Namespace), request.Definitions[1].Type);
    }

    [TestMethod]
    public void Fixture_DefineDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<DefineDataResponse>("DefineDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    public void Fixtures_EveryRpElement_HasOne() => Messages.AssertEveryMessageElementHasAFixture();

    [TestMethod]
    public void Fixture_WithElementsOutOfOrder_IsRejectedByRpXsd()
    {
        var errors = Messages.ValidateEdited("CreateComponent", MessageValidator.MoveResourceIdToTheEnd);

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_WithInvalidComponentInNewData_IsRejectedByRpXsd()
    {
        var errors = Messages.ValidateEdited("CreateComponent", doc => doc.Descendants(Sub + "Language").Single().Remove());

        Assert.IsNotEmpty(errors);
    }
}
