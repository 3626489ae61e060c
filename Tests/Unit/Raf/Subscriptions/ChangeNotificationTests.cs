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
public abstract class ChangeNotificationTests(TestContext testContext, StoreKind kind) : SubscriptionRafTests(testContext, kind)
{
    [TestInitialize]
    public async Task InitializeAsync()
    {
        TestRaf = await StartAsync(Kind, Ct);
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
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
        await TestRaf.AddAsync(subscription, Ct);
        TestRaf.Clock.Advance(TimeSpan.FromSeconds(5));

        var updated = await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        var entry = (await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single();
        Assert.AreEqual("pending", entry.State);
        Assert.AreEqual(subscription.NotifyTo, entry.Entry.Endpoint);
        Assert.AreEqual(AppA, entry.Entry.Audience);
        Assert.AreEqual(0, entry.Entry.Attempts);
        Assert.AreEqual(TestRaf.Clock.GetUtcNow(), entry.Entry.DueAt);
        var notify = NotifyDataText.Read(entry.Entry);
        Assert.AreEqual(ChangeTypes.Modified, notify.ChangeType);
        Assert.AreEqual(Alice, notify.ResourceId!.Value);
        Assert.AreEqual("sip", notify.ResourceId.Type);
        Assert.AreEqual(Subscriber.LocalName, notify.ComponentType!.Name);
        Assert.AreEqual(Subscriber.NamespaceName, notify.ComponentType.Namespace);
        Assert.AreEqual(TestRaf.Clock.GetUtcNow().UtcDateTime, notify.TimeStamp);
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
        await TestRaf.AddAsync(subscription, Ct);

        await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.IsEmpty(await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
    }

    [TestMethod]
    public async Task Update_OneOfTwoSelectsChanged_QueuesBothSelectsNewData()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:Language", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName"]);
        await TestRaf.AddAsync(subscription, Ct);

        await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        var items = NotifyDataText.Read((await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!;
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
        await TestRaf.InsertAsync(PresenceSettings(), Ct);
        var subscription = NewSubscription(type: Presence, selects: ["/pres:PresenceSettings/pres:Device/@id"]);
        await TestRaf.AddAsync(subscription, Ct);
        var presence = PresenceSettings();
        presence.Element(Pres + "Device")!.SetAttributeValue("id", "tablet");

        await TestRaf.UpdateAsync(presence, Ct);

        var item = NotifyDataText.Read((await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!.Single();
        Assert.AreEqual("tablet", item.Data!.Text);
        Assert.IsNull(item.Data.Elements);
    }

    [TestMethod]
    public async Task Update_SelectedElementRemoved_NotifiesWithoutData()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:MSISDN[2]"]);
        await TestRaf.AddAsync(subscription, Ct);
        var info = SubscriberInfo();
        info.Elements(Sub + "MSISDN").Last().Remove();

        await TestRaf.UpdateAsync(info, Ct);

        Assert.IsNull(NotifyDataText.Read((await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry).Items!.Single().Data);
    }

    [TestMethod]
    public async Task DeleteThenInsert_QueueDeletedWithoutDataThenCreated()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:Language"]);
        await TestRaf.AddAsync(subscription, Ct);

        await TestRaf.DeleteAsync(Subscriber, Ct);
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);

        var entries = await TestRaf.EntriesAsync(subscription.InvokeId, Ct);
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
        await TestRaf.AddAsync(subscription, Ct);
        var raised = 0;
        TestRaf.Raf.NotificationsQueued += () => raised++;

        await TestRaf.UpdateAsync(Renamed("Rolled"), Ct, commit: false);
        await TestRaf.UpdateAsync(Renamed("Simulated"), Ct, simulate: true);

        Assert.IsEmpty(await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
        Assert.AreEqual(0, raised);
    }

    [TestMethod]
    public async Task Update_Committed_RaisesNotificationsQueuedOnce()
    {
        await TestRaf.AddAsync(NewSubscription(), Ct);
        await TestRaf.AddAsync(NewSubscription(subscriber: AppB), Ct);
        var raised = 0;
        TestRaf.Raf.NotificationsQueued += () => raised++;

        await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.AreEqual(1, raised);
        Assert.HasCount(2, await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct));
    }

    [TestMethod]
    public async Task Update_NoSubscriptionConcerned_RaisesNothing()
    {
        await TestRaf.AddAsync(NewSubscription(resource: "sip:bob@example.org"), Ct);
        await TestRaf.AddAsync(NewSubscription(type: Presence), Ct);
        var raised = 0;
        TestRaf.Raf.NotificationsQueued += () => raised++;

        await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.AreEqual(0, raised);
        Assert.IsEmpty(await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct));
    }

    [TestMethod]
    public async Task Update_AfterExpiry_QueuesNothing()
    {
        var subscription = NewSubscription(lifetime: TimeSpan.FromMinutes(10));
        await TestRaf.AddAsync(subscription, Ct);
        TestRaf.Clock.Advance(TimeSpan.FromMinutes(10));

        await TestRaf.UpdateAsync(Renamed("Alicia"), Ct);

        Assert.IsEmpty(await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteChangeNotificationTests(TestContext testContext) : ChangeNotificationTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresChangeNotificationTests(TestContext testContext) : ChangeNotificationTests(testContext, StoreKind.Postgres);
