using GupSoap.Tests.Support;
using System.Xml.Linq;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>
/// minInterval (TS 23.240 §4.3.5 filter): changes closer than the interval reach the subscriber as one notification
/// of the latest state, and notifications of one subscription are spaced at least that far apart.
/// </summary>
public abstract class CoalescingTests(TestContext testContext, StoreKind kind)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

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

    private static string DisplayName(Core.Notifications.OutboxEntry entry) =>
        NotifyDataText.Read(entry).Items!.Single().Data!.Elements!.Single().Element(Sub + "DisplayName")!.Value;

    [TestMethod]
    public async Task SecondChange_WhileFirstIsUntried_ReplacesPayloadWithNewIdAndKeepsDueTime()
    {
        var subscription = NewSubscription(minInterval: 30);
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("First", Ct);
        var first = (await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
        _raf.Clock.Advance(TimeSpan.FromSeconds(5));

        await _raf.RenameAsync("Second", Ct);

        var second = (await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
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
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("First", Ct);
        var first = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();
        _raf.Clock.Advance(TimeSpan.FromSeconds(2));
        await _raf.Outbox.DeliveredAsync(first, Ct);
        var deliveredAt = _raf.Clock.GetUtcNow();
        _raf.Clock.Advance(TimeSpan.FromSeconds(3));

        await _raf.RenameAsync("Second", Ct);

        var second = (await _raf.EntriesAsync(subscription.InvokeId, Ct)).Single().Entry;
        Assert.AreEqual(deliveredAt + Interval, second.DueAt);
        Assert.IsEmpty(await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct), "not due before the interval has passed");
    }

    [TestMethod]
    public async Task ChangeWhileFirstIsBeingRetried_AddsASecondEntryAfterIt()
    {
        var subscription = NewSubscription(minInterval: 30);
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("First", Ct);
        var first = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();
        await _raf.Outbox.RetryAsync(first, _raf.Clock.GetUtcNow().AddSeconds(10), "connection refused", Ct);

        await _raf.RenameAsync("Second", Ct);

        var entries = await _raf.EntriesAsync(subscription.InvokeId, Ct);
        Assert.HasCount(2, entries);
        Assert.AreEqual("First", DisplayName(entries[0].Entry));
        Assert.AreEqual("Second", DisplayName(entries[1].Entry));
        Assert.AreEqual(first.DueAt + Interval, entries[1].Entry.DueAt);
    }

    [TestMethod]
    public async Task NoInterval_EveryChangeIsItsOwnEntryDueAtOnce()
    {
        var subscription = NewSubscription();
        await _raf.AddAsync(subscription, Ct);

        await _raf.RenameAsync("First", Ct);
        await _raf.RenameAsync("Second", Ct);

        var entries = await _raf.EntriesAsync(subscription.InvokeId, Ct);
        CollectionAssert.AreEqual(new[] { "First", "Second" }, entries.Select(e => DisplayName(e.Entry)).ToArray());
        Assert.IsTrue(entries.All(e => e.Entry.DueAt == _raf.Clock.GetUtcNow()));
    }

    [TestMethod]
    public async Task Delivered_OfAPayloadReplacedInFlight_LeavesTheReplacementPending()
    {
        var subscription = NewSubscription(minInterval: 30);
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("First", Ct);
        var inFlight = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();

        await _raf.RenameAsync("Second", Ct);
        await _raf.Outbox.DeliveredAsync(inFlight, Ct);

        var left = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();
        Assert.AreEqual("Second", DisplayName(left));
        Assert.AreNotEqual(inFlight.NotificationId, left.NotificationId);
    }
}

[TestClass]
public sealed class SqliteCoalescingTests(TestContext testContext) : CoalescingTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresCoalescingTests(TestContext testContext) : CoalescingTests(testContext, StoreKind.Postgres);
