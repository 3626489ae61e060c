using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;

namespace GupSoap.Tests.Unit.Wsdl;

/// <summary>
/// The hand-written Rg subscription samples (Fixtures/Rg: Subscribe, Unsubscribe, Notify and their responses) are valid
/// against wsdl/rg.xsd and read by the Contracts/Rg types.
/// </summary>
[TestClass]
public sealed class RgWsdlContractAgreementSubscriptionFixtureTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;

    private static readonly MessageValidator Messages = new(WsdlInterface.Rg);

    [TestMethod]
    public void Fixture_Subscribe_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<SubscribeRequest>("Subscribe");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("urn:example:app:buddy-list", request.RequestorData?.ApplicationId);
        Assert.AreEqual("https://buddy.example.net/gup/notify", request.NotifyTo);
        Assert.HasCount(2, request.Selects!);
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Status", request.Selects![0].Text);
        Assert.AreEqual(Pres.NamespaceName, request.Selects[0].LookupNamespace("pres"));
        Assert.AreEqual(Sub.NamespaceName, request.Selects[1].LookupNamespace("sub"));
        Assert.IsTrue(request.ListSubscriptionsSpecified && request.ListSubscriptions);
        var filter = request.Filter;
        Assert.IsNotNull(filter);
        Assert.IsTrue(filter.InitialValues);
        Assert.IsTrue(filter.MinIntervalSpecified);
        Assert.AreEqual(30, filter.MinInterval);
        Assert.IsTrue(filter.ExpiresSpecified);
        Assert.AreEqual(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc), filter.Expires.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_SubscribeResponse_ListsEveryInvokeId()
    {
        var response = Messages.ValidateAndDeserialize<SubscribeResponse>("SubscribeResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
        CollectionAssert.AreEqual(new[] { "sub-7f3a", "sub-0c21" }, response.InvokeIds);
    }

    [TestMethod]
    public void Fixture_Unsubscribe_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<UnsubscribeRequest>("Unsubscribe");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.AreEqual("urn:example:app:buddy-list", request.RequestorData?.ApplicationId);
        CollectionAssert.AreEqual(new[] { "sub-7f3a", "sub-0c21" }, request.InvokeIds);
    }

    [TestMethod]
    public void Fixture_UnsubscribeResponse_FailedNamesDoesNotExist()
    {
        var response = Messages.ValidateAndDeserialize<UnsubscribeResponse>("UnsubscribeResponse");

        Assert.AreEqual(StatusCodes.Failed, response.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, response.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, response.Status.Detail);
        Assert.AreEqual(new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc), response.TimeStamp.ToUniversalTime());
    }

    [TestMethod]
    public void Fixture_Notify_ValidAndDeserializes()
    {
        var request = Messages.ValidateAndDeserialize<NotifyRequest>("Notify");

        Assert.AreEqual("sip:alice@example.org", request.ResourceId?.Value);
        Assert.IsNull(request.RequestorData);
        Assert.AreEqual("sub-7f3a", request.InvokeId);
        Assert.AreEqual("n-7f3a-000012", request.NotificationId);
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 45, 2, DateTimeKind.Utc), request.TimeStamp.ToUniversalTime());
        Assert.HasCount(2, request.Items!);
        var status = request.Items![0];
        Assert.AreEqual("/gup:Profile/pres:PresenceSettings/pres:Status", status.Select?.Text);
        Assert.AreEqual(Pres.NamespaceName, status.Select?.LookupNamespace("pres"));
        Assert.AreEqual(8L, status.Version);
        Assert.AreEqual(new DateTime(2026, 3, 1, 11, 45, 0, DateTimeKind.Utc), status.ChangeTime.ToUniversalTime());
        Assert.AreEqual("closed", (string?)status.Data?.Elements?.Single(e => e.Name == Pres + "Status"));
        var name = request.Items[1];
        Assert.AreEqual(5L, name.Version);
        Assert.AreEqual("Alice A. Example", (string?)name.Data?.Elements?.Single(e => e.Name == Sub + "DisplayName"));
    }

    [TestMethod]
    public void Fixture_NotifyResponse_ValidAndDeserializes()
    {
        var response = Messages.ValidateAndDeserialize<NotifyResponse>("NotifyResponse");

        Assert.AreEqual(StatusCodes.Ok, response.Status.Code);
        Assert.IsTrue(response.TimeStampSpecified);
    }

    [TestMethod]
    [DataRow("Subscribe", "NotifyTo")]
    [DataRow("Unsubscribe", "InvokeID")]
    [DataRow("Notify", "InvokeID")]
    [DataRow("Notify", "NotifiedData")]
    public void Fixture_WithoutARequiredElement_IsRejectedByRgXsd(string fixture, string element)
    {
        var errors = Messages.ValidateEdited(fixture, doc => doc.Root!.Elements(Rg + element).Remove());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    [DataRow("notificationID")]
    [DataRow("timeStamp")]
    public void Fixture_NotifyWithoutAnAttributeTheContractAlwaysWrites_IsRejectedByRgXsd(string attribute)
    {
        var errors = Messages.ValidateEdited("Notify", doc => doc.Root!.Attribute(attribute)!.Remove());

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    public void Fixture_SubscribeWithFilterBeforeSelect_IsRejectedByRgXsd()
    {
        var errors = Messages.ValidateEdited("Subscribe", doc =>
        {
            var filter = doc.Root!.Element(Rg + "Filter")!;
            filter.Remove();
            doc.Root.Element(Rg + "Select")!.AddBeforeSelf(filter);
        });

        Assert.IsNotEmpty(errors);
    }

    [TestMethod]
    [DataRow("minInterval", "-1")]
    [DataRow("expires", "tomorrow")]
    [DataRow("initialValues", "yes")]
    public void Fixture_SubscribeWithAnInvalidFilterAttribute_IsRejectedByGupXsd(string attribute, string value)
    {
        var errors = Messages.ValidateEdited("Subscribe", doc => doc.Root!.Element(Rg + "Filter")!.SetAttributeValue(attribute, value));

        Assert.IsNotEmpty(errors);
    }
}
