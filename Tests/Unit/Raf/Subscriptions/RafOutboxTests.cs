using GupSoap.Tests.Support;
using System.Xml.Linq;
using GupSoap.Raf.Notifications;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>The RAF's outbox on each store: due order, retry, give-up with suspension (SECURITY.md R3, R4), restart (R9).</summary>
public abstract class RafOutboxTests(TestContext testContext, StoreKind kind) : SubscriptionRafTests(testContext, kind)
{
    [TestInitialize]
    public async Task InitializeAsync()
    {
        TestRaf = await StartAsync(Kind, Ct);
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
    }

    [TestMethod]
    public async Task DueAsync_ReturnsPendingDueEntriesInSequenceOrderUpToMax()
    {
        var a = NewSubscription();
        var b = NewSubscription(subscriber: AppB);
        await TestRaf.AddAsync(a, Ct);
        await TestRaf.AddAsync(b, Ct);
        await TestRaf.RenameAsync("One", Ct);
        await TestRaf.RenameAsync("Two", Ct);

        var all = await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct);
        var firstThree = await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 3, Ct);
        var early = await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow().AddTicks(-1), 10, Ct);

        Assert.HasCount(4, all);
        CollectionAssert.AreEqual(all.Select(e => e.Sequence).Order().ToArray(), all.Select(e => e.Sequence).ToArray());
        CollectionAssert.AreEqual(all.Take(3).ToArray(), firstThree.ToArray());
        Assert.IsEmpty(early);
        Assert.AreEqual(4, all.Select(e => e.NotificationId).Distinct().Count());
    }

    [TestMethod]
    public async Task RetryAsync_CountsTheAttemptAndDefersTheEntry()
    {
        var subscription = NewSubscription();
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("One", Ct);
        var entry = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();
        var next = TestRaf.Clock.GetUtcNow().AddMinutes(1);

        await TestRaf.Outbox.RetryAsync(entry, next, "HTTP 503", Ct);

        Assert.IsEmpty(await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct));
        var retried = (await TestRaf.Outbox.DueAsync(next, 10, Ct)).Single();
        Assert.AreEqual(1, retried.Attempts);
        Assert.AreEqual(entry.NotificationId, retried.NotificationId, "the id stays stable across redeliveries (R4)");
        Assert.AreEqual(entry.Payload, retried.Payload);
    }

    [TestMethod]
    public async Task GiveUpAsync_ParksItsEntriesAndSuspendsTheSubscription()
    {
        var subscription = NewSubscription();
        var other = NewSubscription(subscriber: AppB);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.AddAsync(other, Ct);
        await TestRaf.RenameAsync("One", Ct);
        await TestRaf.RenameAsync("Two", Ct);
        var entry = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).First(e => e.SubscriptionId == subscription.InvokeId);

        await TestRaf.Outbox.GiveUpAsync(entry, "endpoint dead for 24 h", Ct);

        var entries = await TestRaf.EntriesAsync(subscription.InvokeId, Ct);
        Assert.IsTrue(entries.All(e => e.State == "parked"));
        var suspended = await TestRaf.FindAsync(subscription.InvokeId, Ct);
        Assert.AreEqual(SubscriptionStatus.Suspended, suspended!.Status);
        Assert.AreEqual("endpoint dead for 24 h", suspended.SuspendedReason);
        Assert.IsTrue((await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).All(e => e.SubscriptionId == other.InvokeId));
        await TestRaf.RenameAsync("Three", Ct);
        Assert.HasCount(2, await TestRaf.EntriesAsync(subscription.InvokeId, Ct), "a suspended subscription is not notified");
        Assert.HasCount(3, await TestRaf.EntriesAsync(other.InvokeId, Ct));
    }

    [TestMethod]
    public async Task DeliveredAsync_RemovesTheEntry()
    {
        var subscription = NewSubscription();
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("One", Ct);
        var entry = (await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct)).Single();

        await TestRaf.Outbox.DeliveredAsync(entry, Ct);

        Assert.IsEmpty(await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
        Assert.AreEqual(TestRaf.Clock.GetUtcNow(), (await TestRaf.FindAsync(subscription.InvokeId, Ct))!.LastNotifiedAt);
    }

    [TestMethod]
    public async Task Reopen_KeepsSubscriptionsAndPendingEntries()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:DisplayName"]);
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.RenameAsync("One", Ct);
        var before = await TestRaf.Outbox.DueAsync(TestRaf.Clock.GetUtcNow(), 10, Ct);
        var previous = TestRaf;
        await previous.Raf.DisposeAsync();

        TestRaf = await StartAsync(Kind, Ct, reopen: previous);

        // A restarted process finds the entries once the lease of the one that stopped has run out (PostgreSQL; SQLite has none).
        var afterLease = TestRaf.Clock.GetUtcNow() + TestRaf.Raf.Options.NotificationLease;
        CollectionAssert.AreEqual(before.ToArray(), (await TestRaf.Outbox.DueAsync(afterLease, 10, Ct)).ToArray());
        var reread = await TestRaf.FindAsync(subscription.InvokeId, Ct);
        Assert.AreEqual("/sub:SubscriberInfo/sub:DisplayName", reread!.Selects.Single().Text);
        await TestRaf.RenameAsync("Two", Ct);
        Assert.HasCount(2, await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteRafOutboxTests(TestContext testContext) : RafOutboxTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresRafOutboxTests(TestContext testContext) : RafOutboxTests(testContext, StoreKind.Postgres);
