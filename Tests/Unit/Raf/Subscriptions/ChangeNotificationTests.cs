using GupSoap.Tests.Support;
using System.Xml.Linq;
using GupSoap.Raf.Notifications;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>
/// TS 23.240 §4.4.8 Notify Data queued by the store itself in the transaction of each change (SECURITY.md R7):
/// which subscriptions a change concerns, and what the queued rp:NotifyData says.
/// </summary>
public abstract class ChangeNotificationTests(TestContext testContext, StoreKind kind)
{
    private SubscriptionTestRaf _raf = null!;

    private CancellationToken Ct => testContext.CancellationToken;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _raf = await StartAsync(kind, Ct);
        await _raf.InsertAsync(SubscriberInfo(), Ct);
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        // Null when the store was unavailable (an inconclusive PostgreSQL variant).
        if (_raf is not null)
        {
            await _raf.DisposeAsync();
        }
    }

    private static XElement Renamed(string name)
    {
        var info = SubscriberInfo();
        info.Element(Sub + "DisplayName")!.Value = name;
        return info;
    }

    [TestMethod]
    public async Task Update_SubscriptionWithoutSelects_QueuesOneNotifyDataWithTheWholeNewVersion()
    {
        var subscription = NewSubscription();
        await _raf.AddAsync(subscription, Ct);
        _raf.Clock.Advance(TimeSpan.FromSeconds(5));

        var updated = await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        var entry = (await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single();
        Assert.AreEqual("pending", entry.State);
        Assert.AreEqual(subscription.NotifyTo, entry.Entry.Endpoint);
        Assert.AreEqual(AppA, entry.Entry.Audience);
        Assert.AreEqual(0, entry.Entry.Attempts);
        Assert.AreEqual(_raf.Clock.GetUtcNow(), entry.Entry.DueAt);
        var notify = NotifyDataText.Read(entry.Entry);
        Assert.AreEqual(ChangeTypes.Modified, notify.ChangeType);
        Assert.AreEqual(Alice, notify.ResourceId!.Value);
        Assert.AreEqual("sip", notify.ResourceId.Type);
        Assert.AreEqual(Subscriber.LocalName, notify.ComponentType!.Name);
        Assert.AreEqual(Subscriber.NamespaceName, notify.ComponentType.Namespace);
        Assert.AreEqual(_raf.Clock.GetUtcNow().UtcDateTime, notify.TimeStamp);
        var item = notify.Items!.Single();
        Assert.IsNull(item.Select);
        Assert.AreEqual(2, item.Version);
        Assert.AreEqual(updated.ChangedAt.UtcDateTime, item.ChangeTime);
        Assert.AreEqual("Alicia", item.Data!.Elements!.Single().Element(Sub + "DisplayName")!.Value);
    }

    [TestMethod]
    public async Task Update_SelectedElementUnchanged_QueuesNothing()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:Language"]);
        await _raf.AddAsync(subscription, Ct);

        await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.IsEmpty(await _raf.EntriesAsync(subscription.InvokeId, Ct));
    }

    [TestMethod]
    public async Task Update_OneOfTwoSelectsChanged_QueuesBothSelectsNewData()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:Language", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName"]);
        await _raf.AddAsync(subscription, Ct);

        await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        var items = NotifyDataText.Read((await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!;
        Assert.HasCount(2, items);
        Assert.AreEqual("/sub:SubscriberInfo/sub:Language", items[0].Select!.Text);
        Assert.AreEqual(Sub.NamespaceName, items[0].Select!.LookupNamespace("sub"), "the well-known prefix is declared in the echo");
        Assert.AreEqual("en", items[0].Data!.Elements!.Single().Value);
        Assert.AreEqual("Alicia", items[1].Data!.Elements!.Single().Value);
        Assert.IsTrue(items.All(i => i.Version == 2));
    }

    [TestMethod]
    public async Task Update_SelectedAttributeChanged_CarriesItsValueAsText()
    {
        await _raf.InsertAsync(PresenceSettings(), Ct);
        var subscription = NewSubscription(type: Presence, selects: ["/pres:PresenceSettings/pres:Device/@id"]);
        await _raf.AddAsync(subscription, Ct);
        var presence = PresenceSettings();
        presence.Element(Pres + "Device")!.SetAttributeValue("id", "tablet");

        await _raf.UpdateAsync(presence, Ct);

        var item = NotifyDataText.Read((await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!.Single();
        Assert.AreEqual("tablet", item.Data!.Text);
        Assert.IsNull(item.Data.Elements);
    }

    [TestMethod]
    public async Task Update_SelectedElementRemoved_NotifiesWithoutData()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:MSISDN[2]"]);
        await _raf.AddAsync(subscription, Ct);
        var info = SubscriberInfo();
        info.Elements(Sub + "MSISDN").Last().Remove();

        await _raf.UpdateAsync(info, Ct);

        Assert.IsNull(NotifyDataText.Read((await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!.Single().Data);
    }

    [TestMethod]
    public async Task DeleteThenInsert_QueueDeletedWithoutDataThenCreated()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:Language"]);
        await _raf.AddAsync(subscription, Ct);

        await _raf.DeleteAsync(Subscriber, Ct);
        await _raf.InsertAsync(SubscriberInfo(), Ct);

        var entries = await _raf.EntriesAsync(subscription.InvokeId, Ct);
        Assert.HasCount(2, entries);
        var deleted = NotifyDataText.Read(entries[0].Entry);
        Assert.AreEqual(ChangeTypes.Deleted, deleted.ChangeType);
        Assert.IsNull(deleted.Items);
        var created = NotifyDataText.Read(entries[1].Entry);
        Assert.AreEqual(ChangeTypes.Created, created.ChangeType);
        Assert.AreEqual(1, created.Items!.Single().Version);
        Assert.IsLessThan(entries[1].Entry.Sequence, entries[0].Entry.Sequence);
    }

    [TestMethod]
    public async Task Update_RolledBackOrSimulated_QueuesNothingAndRaisesNothing()
    {
        var subscription = NewSubscription();
        await _raf.AddAsync(subscription, Ct);
        var raised = 0;
        _raf.Raf.NotificationsQueued += () => raised++;

        await _raf.UpdateAsync(Renamed("Rolled"), Ct, commit: false);
        await _raf.UpdateAsync(Renamed("Simulated"), Ct, simulate: true);

        Assert.IsEmpty(await _raf.EntriesAsync(subscription.InvokeId, Ct));
        Assert.AreEqual(0, raised);
    }

    [TestMethod]
    public async Task Update_Committed_RaisesNotificationsQueuedOnce()
    {
        await _raf.AddAsync(NewSubscription(), Ct);
        await _raf.AddAsync(NewSubscription(subscriber: AppB), Ct);
        var raised = 0;
        _raf.Raf.NotificationsQueued += () => raised++;

        await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.AreEqual(1, raised);
        Assert.HasCount(2, await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct));
    }

    [TestMethod]
    public async Task Update_NoSubscriptionConcerned_RaisesNothing()
    {
        await _raf.AddAsync(NewSubscription(resource: "sip:bob@example.org"), Ct);
        await _raf.AddAsync(NewSubscription(type: Presence), Ct);
        var raised = 0;
        _raf.Raf.NotificationsQueued += () => raised++;

        await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.AreEqual(0, raised);
        Assert.IsEmpty(await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct));
    }

    [TestMethod]
    public async Task Update_AfterExpiry_QueuesNothing()
    {
        var subscription = NewSubscription(lifetime: TimeSpan.FromMinutes(10));
        await _raf.AddAsync(subscription, Ct);
        _raf.Clock.Advance(TimeSpan.FromMinutes(10));

        await _raf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.IsEmpty(await _raf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteChangeNotificationTests(TestContext testContext) : ChangeNotificationTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresChangeNotificationTests(TestContext testContext) : ChangeNotificationTests(testContext, StoreKind.Postgres);
