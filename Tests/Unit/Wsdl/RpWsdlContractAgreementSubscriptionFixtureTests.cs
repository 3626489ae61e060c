using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// The hand-written Rp subscription samples (Fixtures/Rp: SubscribeToData, UnsubscribeToData, NotifyData and their
/// responses) are valid against wsdl/rp.xsd and read by the Contracts/Rp types.
/// </summary>
[TestClass]
public sealed class RpWsdlContractAgreementSubscriptionFixtureTests
{
    private static readonly XNamespace Rp = Namespaces.Rp;
    private static readonly XNamespace Pres = Namespaces.Presence;

    private static readonly MessageValidator Messages = new(WsdlInterface.Rp);

    [TestMethod]
    public void Fixture_SubscribeToData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<SubscribeToDataRequest>("SubscribeToData");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("urn:example:app:buddy-list", request.RequestorData?.ApplicationId);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.AreEqual("https://gup.example.net/gup/rp-notify", request.NotifyTo);
        Assert.HasCount(2, request.Selects!);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Device[@id='phone']", request.Selects![1].Text);
        Assert.AreEqual(Pres.NamespaceName, request.Selects[1].LookupNamespace("pres"));
        Assert.IsFalse(request.ListSubscriptionsSpecified);
        var filter = request.Filter;
        Assert.IsNotNull(filter);
        Assert.IsTrue(filter.InitialValues);
        Assert.IsFalse(filter.MinIntervalSpecified);
        Assert.IsTrue(filter.ExpiresSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), filter.Expires.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_SubscribeToDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<SubscribeToDataResponse>("SubscribeToDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
        CollectionAssert.AreEqual(new[] { "services-000042" }, response.InvokeIds);
    }

    [TestMethod]
    public void Fixture_UnsubscribeToData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<UnsubscribeToDataRequest>("UnsubscribeToData");

        Assert.AreEqual("urn:example:app:buddy-list", request.RequestorData?.ApplicationId);
        CollectionAssert.AreEqual(new[] { "services-000042" }, request.InvokeIds);
    }

    [TestMethod]
    public void Fixture_UnsubscribeToDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<UnsubscribeToDataResponse>("UnsubscribeToDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.AreEqual(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_NotifyData_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<NotifyDataRequest>("NotifyData");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual(new XmlQualifiedName("PresenceSettings", Pres.NamespaceName), request.ComponentType);
        Assert.AreEqual("services-000042", request.InvokeId);
        Assert.AreEqual("services-000042-000007", request.NotificationId);
        Assert.AreEqual("modified", request.ChangeType);
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 45, 1, DateTimeKind.Utc), request.TimeStamp.ToUniversalTime());
        var items = request.Items!;
        Assert.HasCount(2, items);
        Assert.IsTrue(items.All(i => i.Version == 8));
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 45, 0, DateTimeKind.Utc), items[0].ChangeTime.ToUniversalTime());
        Assert.AreEqual("closed", (string?)items[0].Data?.Elements?.Single(e => e.Name == Pres + "Status"));
        var device = items[1].Data?.Elements?.Single(e => e.Name == Pres + "Device");
        Assert.AreEqual("phone", (string?)device?.Attribute("id"));
        Assert.AreEqual(Pres.NamespaceName, items[1].Select?.LookupNamespace("pres"));
    }

    [TestMethod]
    public void Fixture_NotifyDataForADeletedComponent_CarriesNoData()
    {
        var request = Messages.ValidateAndDeserialize<NotifyDataRequest>("NotifyData.Deleted", "NotifyData");

        Assert.AreEqual("deleted", request.ChangeType);
        Assert.AreEqual("services-000042-000008", request.NotificationId);
        var item = request.Items!.Single();
        Assert.IsNull(item.Data);
        Assert.AreEqual(9L, item.Version);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Status", item.Select?.Text);
    }

    [TestMethod]
    public void Fixture_NotifyDataResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<NotifyDataResponse>("NotifyDataResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    [DataRow("SubscribeToData", "NotifyTo")]
    [DataRow("SubscribeToData", "ComponentType")]
    [DataRow("UnsubscribeToData", "InvokeID")]
    [DataRow("NotifyData", "InvokeID")]
    [DataRow("NotifyData", "ComponentType")]
    public void Fixture_WithoutARequiredElement_IsRejectedByRpXsd(string fixture, string element)
    {
        var errors = Messages.ValidateEdited(fixture, doc => doc.Root!.Elements(Rp + element).Remove());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    [DataRow("notificationID", null)]
    [DataRow("changeType", null)]
    [DataRow("changeType", "renamed")]
    [DataRow("timeStamp", null)]
    public void Fixture_NotifyDataWithAMissingOrUnknownAttribute_IsRejectedByRpXsd(string attribute, string? value)
    {
        var errors = Messages.ValidateEdited("NotifyData", doc => doc.Root!.SetAttributeValue(attribute, value));

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_UnsubscribeToDataWithAResourceId_IsRejectedByRpXsd()
    {
        var errors = Messages.ValidateEdited("UnsubscribeToData", doc =>
            doc.Root!.AddFirst(new XElement(XName.Get("ResourceID", Namespaces.Gup), "sip:alice@example.org")));

        Assert.IsNotEmpty(errors);
    }
}
