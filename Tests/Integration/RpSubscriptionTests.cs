using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Notifications;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Raf.Subscriptions;

namespace GupSoap.Tests.Integration;

/// <summary>
/// TS 23.240 §4.4.6-4.4.8 through the SOAP pipeline of a live RAF: Subscribe To Data, Unsubscribe To Data, and the
/// Notify Data each Rp change queues in the RAF's outbox in its own transaction (SECURITY.md R7, R9, A7, A10). The
/// outbox is read through <see cref="SqliteRafOutbox"/> opened on the RAF's database file.
/// </summary>
[TestClass]
public sealed class RpSubscriptionTests(TestContext testContext)
{
    private const string Type = "sub:SubscriberInfo";
    private const string DisplayName = "/sub:SubscriberInfo/sub:DisplayName";
    private const string Stranger = "urn:gupsoap:app:stranger";
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Rp = Namespaces.Rp;

    private CancellationToken Ct => testContext.CancellationToken;

    private static string Action(string operation) => RpOperations.Action(operation);

    private static Task<SoapHttp.SoapAnswer> PostAsync(GupServer server, string body, string operation, string? headers = null) =>
        SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(body, headers), Action(operation));

    private static async Task<string> SubscribeAsync(GupServer server, string resource, string[]? selects = null, bool initialValues = false)
    {
        var answer = await PostAsync(server, SubscriptionMessages.Subscribe(resource, Type, SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1)), selects, initialValues), RpOperations.SubscribeToData);
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Body.Descendants(Rp + "InvokeID").Single().Value;
    }

    private static async Task<string> NewComponentAsync(GupServer server, string hint)
    {
        var resource = SharedServer.NewSubscriber(hint);
        var created = await PostAsync(server, SoapMessages.Create(resource, Type, SoapMessages.SubscriberInfo("Carol")), RpOperations.CreateComponent);
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static async Task RenameAsync(GupServer server, string resource, string name, string? notChangedSince = null, string? headers = null, string expected = "OK")
    {
        var answer = await PostAsync(server, SoapMessages.Modify(resource, Type,
            SoapMessages.Modification(DisplayName, $"<sub:DisplayName>{name}</sub:DisplayName>", overwrite: true, notChangedSince: notChangedSince)), RpOperations.ModifyData, headers);
        Assert.AreEqual(expected, answer.StatusCode, answer.Text);
    }

    private async Task<IReadOnlyList<(OutboxEntry Entry, string State)>> EntriesAsync(GupServer server, string invokeId)
    {
        await using var store = new SqliteComponentStore(Path.Combine(server.DataDirectory, "raf-hss.db"));
        return await new SqliteRafOutbox(store, TimeProvider.System).EntriesOfAsync(invokeId, Ct);
    }

    [TestMethod]
    public async Task SubscribeThenModify_QueuesExactlyOneNotifyDataWithTheNewVersion()
    {
        var server = SharedServer.Instance;
        var resource = await NewComponentAsync(server, "notified");
        var invokeId = await SubscribeAsync(server, resource, [DisplayName]);

        await RenameAsync(server, resource, "Caroline");

        await using var store = new SqliteComponentStore(Path.Combine(server.DataDirectory, "raf-hss.db"));
        var outbox = new SqliteRafOutbox(store, TimeProvider.System);
        var entry = (await outbox.DueAsync(DateTimeOffset.UtcNow.AddDays(2), 100_000, Ct)).Single(e => e.SubscriptionId == invokeId);
        Assert.AreEqual(SubscriptionMessages.NotifyTo, entry.Endpoint);
        Assert.AreEqual(TestIdentity.TestProvider, entry.Audience);
        var notify = NotifyDataText.Read(entry);
        Assert.AreEqual(ChangeTypes.Modified, notify.ChangeType);
        Assert.AreEqual(resource, notify.ResourceId!.Value);
        var item = notify.Items!.Single();
        Assert.AreEqual(DisplayName, item.Select!.Text);
        Assert.AreEqual(2, item.Version);
        Assert.AreEqual("Caroline", item.Data!.Elements!.Single().Value);
        Assert.HasCount(1, await EntriesAsync(server, invokeId));
    }

    [TestMethod]
    public async Task Modify_NotTouchingTheSelectedData_QueuesNothing()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "untouched");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource, ["/sub:SubscriberInfo/sub:Language"]);

        await RenameAsync(SharedServer.Instance, resource, "Caroline");

        Assert.IsEmpty(await EntriesAsync(SharedServer.Instance, invokeId));
    }

    [TestMethod]
    public async Task Subscribe_InitialValues_QueuesTheCurrentData()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "initial");

        var invokeId = await SubscribeAsync(SharedServer.Instance, resource, initialValues: true);

        var notify = NotifyDataText.Read((await EntriesAsync(SharedServer.Instance, invokeId)).Single().Entry);
        Assert.AreEqual(ChangeTypes.Initial, notify.ChangeType);
        var item = notify.Items!.Single();
        Assert.AreEqual(1, item.Version);
        Assert.AreEqual("Carol", item.Data!.Elements!.Single().Element(Sub + "DisplayName")!.Value);
    }

    [TestMethod]
    public async Task Unsubscribe_StopsNotifications()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "unsubscribed");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource, initialValues: true);

        var answer = await PostAsync(SharedServer.Instance, SubscriptionMessages.Unsubscribe(invokeId), RpOperations.UnsubscribeToData);
        await RenameAsync(SharedServer.Instance, resource, "Caroline");

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsEmpty(await EntriesAsync(SharedServer.Instance, invokeId), "the initial entry went with the subscription, and nothing new came");
    }

    [TestMethod]
    public async Task Unsubscribe_AnotherRequestorsInvokeId_IsDoesNotExist()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "foreign");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource);

        var answer = await PostAsync(SharedServer.Instance, SubscriptionMessages.Unsubscribe(invokeId), RpOperations.UnsubscribeToData, SoapMessages.Headers(sender: Stranger));
        await RenameAsync(SharedServer.Instance, resource, "Caroline");

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DataUnavailable", answer.ErrorType);
        Assert.AreEqual("DoesNotExist", answer.Detail);
        Assert.HasCount(1, await EntriesAsync(SharedServer.Instance, invokeId), "the subscription still holds");
    }

    [TestMethod]
    public async Task Subscribe_RequestorTheProfileMustLookAbsentTo_GetsTheMissingComponentAnswer()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "hidden");

        var answer = await PostAsync(SharedServer.Instance, SubscriptionMessages.Subscribe(resource, Type, SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1))),
            RpOperations.SubscribeToData, SoapMessages.Headers(sender: Stranger));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DataUnavailable", answer.ErrorType);
        Assert.AreEqual("DoesNotExist", answer.Detail);
    }

    [TestMethod]
    [DataRow(null, DisplayName = "expires missing")]
    [DataRow(25.0, DisplayName = "expires beyond 24 h")]
    public async Task Subscribe_ExpiresMissingOrTooFar_IsFailed(double? hours)
    {
        var expires = hours is null ? null : SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(hours.Value));

        var answer = await PostAsync(SharedServer.Instance, SubscriptionMessages.Subscribe("sip:alice@example.org", Type, expires), RpOperations.SubscribeToData);

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.IsEmpty(answer.Body.Descendants(Rp + "InvokeID"));
    }

    [TestMethod]
    public async Task Modify_RolledBackByModifiedSince_QueuesNothing()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "rolledback");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource);

        await RenameAsync(SharedServer.Instance, resource, "Caroline", notChangedSince: "2000-01-01T00:00:00Z", expected: "Failed");

        Assert.IsEmpty(await EntriesAsync(SharedServer.Instance, invokeId));
    }

    [TestMethod]
    public async Task Modify_Simulated_QueuesNothing()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "simulated");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource);

        await RenameAsync(SharedServer.Instance, resource, "Caroline", headers: SoapMessages.Headers(extra: SubscriptionMessages.SimulateHeader));

        Assert.IsEmpty(await EntriesAsync(SharedServer.Instance, invokeId));
    }

    [TestMethod]
    public async Task Delete_QueuesDeletedWithoutData()
    {
        var resource = await NewComponentAsync(SharedServer.Instance, "deleted");
        var invokeId = await SubscribeAsync(SharedServer.Instance, resource, [DisplayName]);

        var deleted = await PostAsync(SharedServer.Instance, SoapMessages.Delete(resource, Type), RpOperations.DeleteComponent);

        Assert.AreEqual("OK", deleted.StatusCode, deleted.Text);
        var notify = NotifyDataText.Read((await EntriesAsync(SharedServer.Instance, invokeId)).Single().Entry);
        Assert.AreEqual(ChangeTypes.Deleted, notify.ChangeType);
        Assert.IsNull(notify.Items);
    }

    [TestMethod]
    public async Task Subscribe_BeyondTheQuota_IsInvalidOperation()
    {
        await using var server = await GupServer.StartAsync();
        var expires = SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1));
        for (var i = 0; i < 100; i++)
        {
            var ok = await PostAsync(server, SubscriptionMessages.Subscribe($"sip:quota-{i}@example.org", Type, expires), RpOperations.SubscribeToData);
            Assert.AreEqual("OK", ok.StatusCode, ok.Text);
        }

        var answer = await PostAsync(server, SubscriptionMessages.Subscribe("sip:quota-100@example.org", Type, expires, listSubscriptions: true), RpOperations.SubscribeToData);

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidOperation", answer.ErrorType);
    }

    [TestMethod]
    public async Task Restart_KeepsSubscriptionsAndPendingNotifications()
    {
        var directory = GupServer.NewDataDirectory();
        try
        {
            string resource, invokeId;
            IReadOnlyList<(OutboxEntry Entry, string State)> before;
            await using (var first = await GupServer.StartInAsync(directory, ownsDataDirectory: false))
            {
                resource = await NewComponentAsync(first, "restart");
                invokeId = await SubscribeAsync(first, resource, [DisplayName]);
                await RenameAsync(first, resource, "Caroline");
                before = await EntriesAsync(first, invokeId);
            }

            await using var second = await GupServer.StartInAsync(directory, ownsDataDirectory: false);
            // The delivery attempts (to a callback nobody listens on) move Attempts and DueAt; the notifications stay.
            static (string, string, string) Kept((OutboxEntry Entry, string State) e) => (e.Entry.NotificationId, e.Entry.Payload, e.State);
            CollectionAssert.AreEqual(before.Select(Kept).ToArray(), (await EntriesAsync(second, invokeId)).Select(Kept).ToArray());
            await RenameAsync(second, resource, "Carola");
            var after = await EntriesAsync(second, invokeId);
            Assert.HasCount(2, after, "the subscription still notifies after the restart");
            Assert.AreEqual(3, NotifyDataText.Read(after[1].Entry).Items!.Single().Version);
        }
        finally
        {
            GupServer.DeleteDirectory(directory);
        }
    }
}
