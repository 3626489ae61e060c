using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>
/// A real WCF ChannelFactory client (SOAP 1.1 BasicHttpBinding and SOAP 1.2 with WS-Addressing) doing the full Rg
/// round trip across two repositories: against the embedded default and against the distributed process model.
/// </summary>
[TestClass]
public sealed class WcfRgClientTests
{
    private const string Sender = "urn:gupsoap:app:wcf-rg-test";
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;
    private static readonly XmlQualifiedName SubscriberInfoType = new("SubscriberInfo", Namespaces.Subscriber);
    private static readonly XmlQualifiedName PresenceSettingsType = new("PresenceSettings", Namespaces.Presence);

    public static IEnumerable<object[]> Bindings =>
    [
        ["soap11", (Binding)new BasicHttpBinding()],
        ["soap12-wsa", new CustomBinding(new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10, System.Text.Encoding.UTF8), new HttpTransportBindingElement())],
    ];

    [TestMethod]
    [DynamicData(nameof(Bindings))]
    public async Task WcfClient_CreateQueryModifyListDelete_RoundTrip(string name, Binding binding) =>
        await RunScenarioAsync(SharedServer.Instance.Rg, binding, "wcf-rg-" + name);

    [TestMethod]
    public async Task WcfClient_DistributedGup_RoundTrip()
    {
        await using var gup = await DistributedGup.StartAsync();
        await RunScenarioAsync(gup.Rg, new BasicHttpBinding(), "wcf-rg-distributed");
    }

    [TestMethod]
    public async Task WcfClient_MissingSender_ReceivesTypedFaultWithStatus()
    {
        using var factory = new ChannelFactory<IRgChannel>(new BasicHttpBinding(), new EndpointAddress(SharedServer.Instance.Rg));
        var channel = factory.CreateChannel();
        Task<RgQueryOutput> pending;
        using (new OperationContextScope((IContextChannel)channel))
        {
            AddHeaders(addressing: false, sender: null, messageId: SoapMessages.NewMessageId());
            pending = channel.QueryAsync(new(WholeProfileQuery("sip:alice@example.org")));
        }

        var fault = await Assert.ThrowsExactlyAsync<FaultException<Status>>(() => pending);
        Assert.AreEqual(StatusCodes.Failed, fault.Detail.Code);
        Assert.AreEqual(StatusCodes.InvalidParameter, fault.Detail.ErrorType);
        Assert.AreEqual("ProviderIDNotValid", (fault.Code.SubCode ?? fault.Code).Name);
        ((IClientChannel)channel).Abort();
    }

    [TestMethod]
    [DynamicData(nameof(Bindings))]
    public async Task WcfClient_RepeatedMessageId_ReceivesDuplicateMsgFault(string name, Binding binding)
    {
        _ = name;
        using var factory = new ChannelFactory<IRgChannel>(binding, new EndpointAddress(SharedServer.Instance.Rg));
        var statuses = new FaultStatusRecorder();
        factory.Endpoint.EndpointBehaviors.Add(statuses);
        var channel = factory.CreateChannel();
        var addressing = binding.MessageVersion.Addressing != AddressingVersion.None;
        var messageId = SoapMessages.NewMessageId();

        var first = await CallAsync(channel, addressing, c => c.QueryAsync(new(WholeProfileQuery("sip:alice@example.org"))), messageId);
        Assert.AreEqual(StatusCodes.Ok, first.Body!.Status.Code, first.Body.Status.Comment);

        var fault = await Assert.ThrowsExactlyAsync<FaultException<Status>>(
            () => CallAsync(channel, addressing, c => c.QueryAsync(new(WholeProfileQuery("sip:alice@example.org"))), messageId));
        Assert.AreEqual(StatusCodes.Failed, fault.Detail.Code);
        Assert.AreEqual(StatusCodes.InvalidParameter, fault.Detail.ErrorType);
        Assert.AreEqual("DuplicateMsg", (fault.Code.SubCode ?? fault.Code).Name);
        // A Sender fault: 500 on SOAP 1.1 (§6.2), 400 on SOAP 1.2 (Part 2 §7.5.1.2).
        var soap12 = binding.MessageVersion.Envelope == EnvelopeVersion.Soap12;
        CollectionAssert.AreEqual(new[] { System.Net.HttpStatusCode.OK, soap12 ? System.Net.HttpStatusCode.BadRequest : System.Net.HttpStatusCode.InternalServerError }, statuses.Statuses.ToArray());
        ((IClientChannel)channel).Abort();
    }

    /// <summary>
    /// Create (two components, two repositories) → Query → Modify → partly failing Modify → List → Delete one
    /// component → Delete the profile → Query finds nothing. Runs against any Rg endpoint.
    /// </summary>
    internal static async Task RunScenarioAsync(Uri rg, Binding binding, string hint)
    {
        using var factory = new ChannelFactory<IRgChannel>(binding, new EndpointAddress(rg));
        var channel = factory.CreateChannel();
        var addressing = binding.MessageVersion.Addressing != AddressingVersion.None;
        var resource = SharedServer.NewSubscriber(hint);

        var created = await CallAsync(channel, addressing, c => c.CreateAsync(new(new CreateRequest
        {
            ResourceId = new ResourceId { Value = resource, Type = "sip" },
            Items =
            [
                new CreateItem { ItemId = "sub", ObjectType = SubscriberInfoType, NewData = Content(SubscriberInfo("Wendy")) },
                new CreateItem { ItemId = "pres", ObjectType = PresenceSettingsType, NewData = Content(PresenceSettings()) },
            ],
        })));
        AssertAllItemsOk(created.Body!.Status, created.Body.Items, 1, "sub", "pres");

        // The item inside PresenceSettings must not move that component to the front of the other item's gup:Profile.
        var queried = await CallAsync(channel, addressing, c => c.QueryAsync(new(new QueryRequest
        {
            ResourceId = new ResourceId { Value = resource },
            Items =
            [
                new QueryItem { ItemId = "all", Select = new DataSelect("/") },
                new QueryItem { ItemId = "status", Select = Select("/pres:PresenceSettings/pres:Status") },
            ],
        })));
        Assert.AreEqual(StatusCodes.Ok, queried.Body!.Status.Code, queried.Body.Status.Comment);
        var data = queried.Body.Data!;
        Assert.HasCount(2, data);
        Assert.AreEqual("all", data[0].ItemIdRef);
        var profile = data[0].Elements!.Single();
        Assert.AreEqual(Gup + "Profile", profile.Name);
        Assert.AreEqual(resource, (string?)profile.Attribute("resourceID"));
        Assert.AreEqual("SubscriberInfo,PresenceSettings", string.Join(",", profile.Elements().Select(e => e.Name.LocalName)));
        Assert.AreEqual(Sub + "SubscriberInfo", profile.Elements().First().Name);
        Assert.AreEqual(Pres + "PresenceSettings", profile.Elements().Last().Name);
        Assert.AreEqual("Wendy", profile.Element(Sub + "SubscriberInfo")!.Element(Sub + "DisplayName")!.Value);
        var status = data[1];
        Assert.AreEqual("status", status.ItemIdRef);
        var statusElement = status.Elements!.Single();
        Assert.AreEqual(Pres + "Status", statusElement.Name);
        Assert.AreEqual("open", statusElement.Value);
        Assert.IsTrue(status.VersionSpecified && status.Version == 1, "component-level data carries the version");
        Assert.IsTrue(status.ChangeTimeSpecified, "component-level data carries the change time");

        var modified = await CallAsync(channel, addressing, c => c.ModifyAsync(new(new ModifyRequest
        {
            ResourceId = new ResourceId { Value = resource },
            Items =
            [
                new ModifyItem { ItemId = "name", Select = Select("/gup:Profile/sub:SubscriberInfo/sub:DisplayName"), NewData = Value(new XElement(Sub + "DisplayName", "Wendy W.")), OverrideAllowed = true },
                new ModifyItem { ItemId = "status", Select = Select("/pres:PresenceSettings/pres:Status"), NewData = Value(new XElement(Pres + "Status", "closed")), OverrideAllowed = true },
            ],
        })));
        AssertAllItemsOk(modified.Body!.Status, modified.Body.Items, 2, "name", "status");

        // DisplayName may occur once: inserting a second one fails; the Note on the other component is applied.
        var partial = await CallAsync(channel, addressing, c => c.ModifyAsync(new(new ModifyRequest
        {
            ResourceId = new ResourceId { Value = resource },
            Items =
            [
                new ModifyItem { ItemId = "second-name", Select = Select("/sub:SubscriberInfo/sub:DisplayName"), NewData = Value(new XElement(Sub + "DisplayName", "Someone else")) },
                new ModifyItem { ItemId = "note", Select = Select("/pres:PresenceSettings/pres:Note"), NewData = Value(new XElement(Pres + "Note", "In a meeting")) },
            ],
        })));
        Assert.AreEqual(StatusCodes.Partial, partial.Body!.Status.Code, partial.Body.Status.Comment);
        var failedItem = partial.Body.Status.Details!.Single();
        Assert.AreEqual("second-name", failedItem.Ref);
        Assert.AreEqual(StatusCodes.InvalidParameter, failedItem.Code);
        Assert.AreEqual(StatusCodes.ExistsAlready, failedItem.Details!.Single().Code);
        var partialItems = partial.Body.Items!;
        Assert.HasCount(2, partialItems);
        Assert.AreEqual("second-name", partialItems[0].ItemIdRef);
        Assert.AreEqual(StatusCodes.Failed, partialItems[0].Status.Code);
        Assert.AreEqual(StatusCodes.ExistsAlready, partialItems[0].Status.Detail);
        Assert.IsFalse(partialItems[0].VersionSpecified, "a failed item has no version");
        Assert.AreEqual("note", partialItems[1].ItemIdRef);
        Assert.AreEqual(StatusCodes.Ok, partialItems[1].Status.Code);
        Assert.AreEqual(3L, partialItems[1].Version);

        var afterPartial = await CallAsync(channel, addressing, c => c.QueryAsync(new(new QueryRequest
        {
            ResourceId = new ResourceId { Value = resource },
            Items =
            [
                new QueryItem { ItemId = "name", Select = Select("/sub:SubscriberInfo/sub:DisplayName") },
                new QueryItem { ItemId = "note", Select = Select("/pres:PresenceSettings/pres:Note") },
            ],
        })));
        Assert.AreEqual(StatusCodes.Ok, afterPartial.Body!.Status.Code, afterPartial.Body.Status.Comment);
        Assert.AreEqual("Wendy W.", afterPartial.Body.Data![0].Elements!.Single().Value);
        Assert.AreEqual(2L, afterPartial.Body.Data[0].Version);
        Assert.AreEqual("In a meeting", afterPartial.Body.Data[1].Elements!.Single().Value);
        Assert.AreEqual(3L, afterPartial.Body.Data[1].Version);

        var pattern = resource[..resource.IndexOf('@', StringComparison.Ordinal)] + "@*";
        var listed = await CallAsync(channel, addressing, c => c.ListAsync(new(new ListRequest
        {
            SearchCriteria = new ListCriteria { ResourceIdPattern = pattern },
            Count = 10,
            CountSpecified = true,
        })));
        Assert.AreEqual(StatusCodes.Ok, listed.Body!.Status.Code, listed.Body.Status.Comment);
        var item = listed.Body.Items!.Single();
        Assert.AreEqual(resource, item.ResourceId!.Value);
        Assert.AreEqual("SubscriberInfo,PresenceSettings", string.Join(",", item.ComponentTypes!.Select(t => t.Name)));
        Assert.IsTrue(item.ComponentTypes.SequenceEqual([SubscriberInfoType, PresenceSettingsType]));
        Assert.IsTrue(listed.Body.EndOfListSpecified && listed.Body.EndOfList, "one resource matches: the first page is the last");
        Assert.IsFalse(listed.Body.NextOffsetSpecified);

        var deletedOne = await CallAsync(channel, addressing, c => c.DeleteAsync(new(new DeleteRequest
        {
            ResourceId = new ResourceId { Value = resource },
            Items = [new DeleteItem { ObjectType = PresenceSettingsType }],
        })));
        Assert.AreEqual(StatusCodes.Ok, deletedOne.Body!.Status.Code, deletedOne.Body.Status.Comment);

        var remaining = await CallAsync(channel, addressing, c => c.QueryAsync(new(WholeProfileQuery(resource))));
        Assert.AreEqual(StatusCodes.Ok, remaining.Body!.Status.Code, remaining.Body.Status.Comment);
        Assert.AreEqual("SubscriberInfo", string.Join(",", remaining.Body.Data!.Single().Elements!.Single().Elements().Select(e => e.Name.LocalName)));

        var presenceHolders = await CallAsync(channel, addressing, c => c.ListAsync(new(new ListRequest
        {
            SearchCriteria = new ListCriteria { ResourceIdPattern = pattern, ComponentTypes = [PresenceSettingsType] },
        })));
        Assert.AreEqual(StatusCodes.Ok, presenceHolders.Body!.Status.Code, presenceHolders.Body.Status.Comment);
        Assert.IsNull(presenceHolders.Body.Items, "the resource no longer holds a PresenceSettings component");
        Assert.IsTrue(presenceHolders.Body.EndOfList);

        var deletedAll = await CallAsync(channel, addressing, c => c.DeleteAsync(new(new DeleteRequest
        {
            ResourceId = new ResourceId { Value = resource },
        })));
        Assert.AreEqual(StatusCodes.Ok, deletedAll.Body!.Status.Code, deletedAll.Body.Status.Comment);

        var gone = await CallAsync(channel, addressing, c => c.QueryAsync(new(WholeProfileQuery(resource))));
        Assert.AreEqual(StatusCodes.Failed, gone.Body!.Status.Code);
        Assert.AreEqual(StatusCodes.DataUnavailable, gone.Body.Status.ErrorType);
        Assert.AreEqual(StatusCodes.DoesNotExist, gone.Body.Status.Detail);
        Assert.IsNull(gone.Body.Data);
        ((IClientChannel)channel).Close();
    }

    /// <summary>The request succeeded with one successful ItemResult per item, in request order, each at <paramref name="version"/>.</summary>
    private static void AssertAllItemsOk(Status status, ItemResult[]? items, long version, params string[] itemIds)
    {
        Assert.AreEqual(StatusCodes.Ok, status.Code, status.Comment);
        Assert.IsNotNull(items);
        Assert.HasCount(itemIds.Length, items);
        CollectionAssert.AreEqual(itemIds, items.Select(i => i.ItemIdRef).ToArray());
        Assert.IsTrue(items.All(i => i.Status.Code == StatusCodes.Ok && i.VersionSpecified && i.Version == version));
    }

    internal static QueryRequest WholeProfileQuery(string resource) => new()
    {
        ResourceId = new ResourceId { Value = resource },
        Items = [new QueryItem { ItemId = "all", Select = new DataSelect("/gup:Profile", new Dictionary<string, string> { ["gup"] = Namespaces.Gup }) }],
    };

    /// <summary>A data reference with its prefixes declared on the Select element, as a namespace-aware client writes it.</summary>
    private static DataSelect Select(string text) => new(text, new Dictionary<string, string>
    {
        ["gup"] = Namespaces.Gup,
        ["sub"] = Namespaces.Subscriber,
        ["pres"] = Namespaces.Presence,
    });

    private static AnyContent Content(XElement element) => new() { Elements = [element] };

    private static ValueContent Value(XElement element) => new() { Elements = [element] };

    private static XElement SubscriberInfo(string displayName) => new(Sub + "SubscriberInfo",
        new XElement(Sub + "DisplayName", displayName),
        new XElement(Sub + "Language", "en"),
        new XElement(Sub + "MSISDN", "+46700000042"));

    private static XElement PresenceSettings() => new(Pres + "PresenceSettings",
        new XElement(Pres + "Status", "open"),
        new XElement(Pres + "Device", new XAttribute("id", "phone"), new XElement(Pres + "Status", "open")));

    internal static async Task<T> CallAsync<T>(IRgChannel channel, bool addressing, Func<IRgChannel, Task<T>> call, string? messageId = null)
    {
        // The scope must end on the thread that opened it: start the call inside it, await outside.
        Task<T> pending;
        using (new OperationContextScope((IContextChannel)channel))
        {
            AddHeaders(addressing, Sender, messageId ?? SoapMessages.NewMessageId());
            pending = call(channel);
        }

        return await pending;
    }

    private static void AddHeaders(bool addressing, string? sender, string messageId)
    {
        var headers = OperationContext.Current.OutgoingMessageHeaders;
        headers.Add(new LibertyHeader(new XElement(XName.Get("Framework", Namespaces.SoapBindingFramework), new XAttribute("version", "2.0"))));
        if (sender is not null)
        {
            headers.Add(new LibertyHeader(new XElement(XName.Get("Sender", Namespaces.SoapBinding), new XAttribute("providerID", sender))));
            headers.Add(new LibertyHeader(WcfSecurity.Header(sender)));
        }

        if (addressing)
        {
            headers.MessageId = new UniqueId(messageId);
        }
        else
        {
            headers.Add(new LibertyHeader(new XElement(XName.Get("MessageID", Namespaces.WsAddressing), messageId)));
        }
    }
}
