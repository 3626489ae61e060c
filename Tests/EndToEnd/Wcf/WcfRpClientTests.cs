using System.ServiceModel;
using System.ServiceModel.Channels;
using System.Xml;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>A real WCF ChannelFactory client (SOAP 1.1 BasicHttpBinding and SOAP 1.2 with WS-Addressing) doing the full Rp round trip.</summary>
[TestClass]
public sealed class WcfRpClientTests
{
    private static readonly XNamespace Sub = Namespaces.Subscriber;

    public static IEnumerable<object[]> Bindings =>
    [
        ["soap11", (Binding)new BasicHttpBinding()],
        ["soap12-wsa", new CustomBinding(new TextMessageEncodingBindingElement(MessageVersion.Soap12WSAddressing10, System.Text.Encoding.UTF8), new HttpTransportBindingElement())],
    ];

    [TestMethod]
    [DynamicData(nameof(Bindings))]
    public async Task WcfClient_CreateReadModifyListDelete_RoundTrip(string name, Binding binding)
    {
        using var factory = new ChannelFactory<IRpChannel>(binding, new EndpointAddress(SharedServer.Instance.Rp("hss")));
        var channel = factory.CreateChannel();
        var resource = SharedServer.NewSubscriber("wcf-" + name);
        var addressing = binding.MessageVersion.Addressing != AddressingVersion.None;
        var type = new XmlQualifiedName("SubscriberInfo", Namespaces.Subscriber);

        var created = await CallAsync(channel, addressing, c => c.CreateComponentAsync(new(new CreateComponentRequest
        {
            ResourceId = new ResourceId { Value = resource, Type = "sip" },
            ComponentType = type,
            NewData = new AnyContent { Elements = [new XElement(Sub + "SubscriberInfo", new XElement(Sub + "DisplayName", "Wendy"), new XElement(Sub + "Language", "en"))] },
        })));
        Assert.AreEqual(StatusCodes.Ok, created.Body!.Status.Code, created.Body.Status.Comment);
        Assert.AreEqual(1L, created.Body.Version);

        var modified = await CallAsync(channel, addressing, c => c.ModifyDataAsync(new(new ModifyDataRequest
        {
            ResourceId = new ResourceId { Value = resource },
            ComponentType = type,
            Modifications = [new Modification
            {
                Select = new DataSelect("/sub:SubscriberInfo/sub:DisplayName", new Dictionary<string, string> { ["sub"] = Namespaces.Subscriber }),
                NewData = new ValueContent { Elements = [new XElement(Sub + "DisplayName", "Wendy W.")] },
                OverrideAllowed = true,
            }],
        })));
        Assert.AreEqual(StatusCodes.Ok, modified.Body!.Status.Code, modified.Body.Status.Comment);

        var read = await CallAsync(channel, addressing, c => c.ReadDataAsync(new(new ReadDataRequest
        {
            ResourceId = new ResourceId { Value = resource },
            ComponentType = type,
            Items = [new ReadItem { ItemId = "name", Select = new DataSelect("/sub:SubscriberInfo/sub:DisplayName", new Dictionary<string, string> { ["sub"] = Namespaces.Subscriber }) }],
        })));
        Assert.AreEqual(StatusCodes.Ok, read.Body!.Status.Code, read.Body.Status.Comment);
        Assert.AreEqual("Wendy W.", read.Body.Data![0].Elements![0].Value);
        Assert.AreEqual(2L, read.Body.Data[0].Version);

        var listed = await CallAsync(channel, addressing, c => c.ListDataAsync(new(new ListDataRequest
        {
            SearchCriteria = new SearchCriteria { ResourceIdPattern = resource, ComponentTypes = [type] },
        })));
        Assert.AreEqual(resource, listed.Body!.Items!.Single().ResourceId!.Value);
        Assert.IsTrue(listed.Body.EndOfList);

        var deleted = await CallAsync(channel, addressing, c => c.DeleteComponentAsync(new(new DeleteComponentRequest
        {
            ResourceId = new ResourceId { Value = resource },
            ComponentType = type,
        })));
        Assert.AreEqual(StatusCodes.Ok, deleted.Body!.Status.Code);
        ((IClientChannel)channel).Close();
    }

    [TestMethod]
    public async Task WcfClient_MissingSender_ReceivesTypedFaultWithStatus()
    {
        using var factory = new ChannelFactory<IRpChannel>(new BasicHttpBinding(), new EndpointAddress(SharedServer.Instance.Rp("hss")));
        var channel = factory.CreateChannel();
        Task<ReadDataOutput> pending;
        using (new OperationContextScope((IContextChannel)channel))
        {
            AddHeaders(addressing: false, sender: null);
            pending = channel.ReadDataAsync(new(new ReadDataRequest
            {
                ResourceId = new ResourceId { Value = "sip:alice@example.org" },
                ComponentType = new XmlQualifiedName("SubscriberInfo", Namespaces.Subscriber),
                Items = [new ReadItem { Select = new DataSelect("/") }],
            }));
        }

        var fault = await Assert.ThrowsExactlyAsync<FaultException<Status>>(() => pending);
        Assert.AreEqual(StatusCodes.Failed, fault.Detail.Code);
        Assert.AreEqual(StatusCodes.InvalidParameter, fault.Detail.ErrorType);
        ((IClientChannel)channel).Abort();
    }

    private static async Task<T> CallAsync<T>(IRpChannel channel, bool addressing, Func<IRpChannel, Task<T>> call)
    {
        // The scope must end on the thread that opened it: start the call inside it, await outside.
        Task<T> pending;
        using (new OperationContextScope((IContextChannel)channel))
        {
            AddHeaders(addressing, "urn:gupsoap:app:wcf-test");
            pending = call(channel);
        }

        return await pending;
    }

    private static void AddHeaders(bool addressing, string? sender)
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
            headers.MessageId = new UniqueId(Guid.NewGuid());
        }
        else
        {
            headers.Add(new LibertyHeader(new XElement(XName.Get("MessageID", Namespaces.WsAddressing), SoapMessages.NewMessageId())));
        }
    }
}
