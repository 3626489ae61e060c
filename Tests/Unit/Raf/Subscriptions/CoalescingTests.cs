using GupSoap.Tests.Support;
using System.Xml.Linq;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>
/// minInterval (TS 23.240 §4.3.5 filter): changes closer than the interval reach the subscriber as one notification
/// of the latest state, and notifications of one subscription are spaced at least that far apart.
/// </summary>
public abstract class CoalescingTests(TestContext testContext, StoreKind kind) : SubscriptionRafTests(testContext, kind)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [TestInitialize]
    public async Task InitializeAsync()
    {
        TestRaf = await StartAsync(Kind, Ct);
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
    }

    private static string DisplayName(Core.Notifications.OutboxEntry entry) =>
        NotifyDataText.Read(entry).Items!.Single().Data!.Elements!.Single().Element(Sub + "DisplayName")!.Value;

    [TestMethod]
    public async Task SecondChange_WhileFirstIsUntried_ReplacesPayloadWithNewIdAndKeepsDueTime()
    {
        var subscription = NewSubscription(minInterval: 30);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("First", Ct);
        var first = (await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
        TestRaf.Clock.Advance(TimeSpan.FromSeconds(5));

        await TestRaf.RenameAsync("Second", Ct);

        var second = (await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
        Assert.AreEqual(first.Sequence, second.Sequence);
        Assert.AreEqual(first.DueAt, second.DueAt);
        Assert.AreNotEqual(first.NotificationId, second.NotificationId);
        Assert.AreEqual("Second", DisplayName(second));
        Assert.AreEqual(3, NotifyDataText.Read(second).Items!.Single().Version);
    }

    [TestMethod]
    public async Task ChangeAfterDelivery_IsDueOneIntervalAfterTheDelivery()
    {
        var subscription = NewSubscription(minInterval: 30);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("First", Ct);
        var first = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();
        TestRaf.Clock.Advance(TimeSpan.FromSeconds(2));
        await TestRaf.Outbox.DeliveredAsync(first, Ct);
        var deliveredAt = TestRaf.Clock.GetUtcNow();
        TestRaf.Clock.Advance(TimeSpan.FromSeconds(3));

        await TestRaf.RenameAsync("Second", Ct);

        var second = (await TestRaf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
        Assert.AreEqual(deliveredAt + Interval, second.DueAt);
        Assert.IsEmpty(await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct), "not due before the interval has passed");
    }

    [TestMethod]
    public async Task ChangeWhileFirstIsBeingRetried_AddsASecondEntryAfterIt()
    {
        var subscription = NewSubscription(minInterval: 30);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("First", Ct);
        var first = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();
        await TestRaf.Outbox.RetryAsync(first, TestRaf.Clock.GetUtcNow().AddSeconds(10), "connection refused", Ct);

        await TestRaf.RenameAsync("Second", Ct);

        var entries = await TestRaf.EntriesAsync(subscription.InvokeId, Ct);
        Assert.HasCount(2, entries);
        Assert.AreEqual("First", DisplayName(entries[0].Entry));
        Assert.AreEqual("Second", DisplayName(entries[1].Entry));
        Assert.AreEqual(first.DueAt + Interval, entries[1].Entry.DueAt);
    }

    [TestMethod]
    public async Task NoInterval_EveryChangeIsItsOwnEntryDueAtOnce()
    {
        var subscription = NewSubscription();
        await TestRaf.AddAsync(subscription, Ct);

        await TestRaf.RenameAsync("First", Ct);
        await TestRaf.RenameAsync("Second", Ct);

        var entries = await TestRaf.EntriesAsync(subscription.InvokeId, Ct);
        CollectionAssert.AreEqual(new[] { "First", "Second" }, entries.Select(e => DisplayName(e.Entry)).ToArray());
        Assert.IsTrue(entries.All(e => e.Entry.DueAt == TestRaf.Clock.GetUtcNow()));
    }

    [TestMethod]
    public async Task Delivered_OfAPayloadReplacedInFlight_LeavesTheReplacementPending()
    {
        var subscription = NewSubscription(minInterval: 30);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("First", Ct);
        var inFlight = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();

        await TestRaf.RenameAsync("Second", Ct);
        await TestRaf.Outbox.DeliveredAsync(inFlight, Ct);

        var left = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();
        Assert.AreEqual("Second", DisplayName(left));
        Assert.AreNotEqual(inFlight.NotificationId, left.NotificationId);
    }
}

[TestClass]
public sealed class SqliteCoalescingTests(TestContext testContext) : CoalescingTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresCoalescingTests(TestContext testContext) : CoalescingTests(testContext, StoreKind.Postgres);
