using GupSoap.Tests.Support;
using System.Xml.Linq;
using GupSoap.Raf.Notifications;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>The RAF's outbox on each store: due order, retry, give-up with suspension (SECURITY.md R3, R4), restart (R9).</summary>
public abstract class RafOutboxTests(TestContext testContext, StoreKind kind)
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

    [TestMethod]
    public async Task DueAsync_ReturnsPendingDueEntriesInSequenceOrderUpToMax()
    {
        var a = NewSubscription();
        var b = NewSubscription(subscriber: AppB);
        await _raf.AddAsync(a, Ct);
        await _raf.AddAsync(b, Ct);
        await _raf.RenameAsync("One", Ct);
        await _raf.RenameAsync("Two", Ct);

        var all = await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct);
        var firstThree = await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 3, Ct);
        var early = await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow().AddTicks(-1), 10, Ct);

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
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("One", Ct);
        var entry = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();
        var next = _raf.Clock.GetUtcNow().AddMinutes(1);

        await _raf.Outbox.RetryAsync(entry, next, "HTTP 503", Ct);

        Assert.IsEmpty(await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct));
        var retried = (await _raf.Outbox.DueAsync(next, 10, Ct)).Single();
        Assert.AreEqual(1, retried.Attempts);
        Assert.AreEqual(entry.NotificationId, retried.NotificationId, "the id stays stable across redeliveries (R4)");
        Assert.AreEqual(entry.Payload, retried.Payload);
    }

    [TestMethod]
    public async Task GiveUpAsync_ParksItsEntriesAndSuspendsTheSubscription()
    {
        var subscription = NewSubscription();
        var other = NewSubscription(subscriber: AppB);
        await _raf.AddAsync(subscription, Ct);
        await _raf.AddAsync(other, Ct);
        await _raf.RenameAsync("One", Ct);
        await _raf.RenameAsync("Two", Ct);
        var entry = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).First(e => e.SubscriptionId == subscription.InvokeId);

        await _raf.Outbox.GiveUpAsync(entry, "endpoint dead for 24 h", Ct);

        var entries = await _raf.EntriesAsync(subscription.InvokeId, Ct);
        Assert.IsTrue(entries.All(e => e.State == "parked"));
        var suspended = await _raf.FindAsync(subscription.InvokeId, Ct);
        Assert.AreEqual(SubscriptionStatus.Suspended, suspended!.Status);
        Assert.AreEqual("endpoint dead for 24 h", suspended.SuspendedReason);
        Assert.IsTrue((await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).All(e => e.SubscriptionId == other.InvokeId));
        await _raf.RenameAsync("Three", Ct);
        Assert.HasCount(2, await _raf.EntriesAsync(subscription.InvokeId, Ct), "a suspended subscription is not notified");
        Assert.HasCount(3, await _raf.EntriesAsync(other.InvokeId, Ct));
    }

    [TestMethod]
    public async Task DeliveredAsync_RemovesTheEntry()
    {
        var subscription = NewSubscription();
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("One", Ct);
        var entry = (await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct)).Single();

        await _raf.Outbox.DeliveredAsync(entry, Ct);

        Assert.IsEmpty(await _raf.EntriesAsync(subscription.InvokeId, Ct));
        Assert.AreEqual(_raf.Clock.GetUtcNow(), (await _raf.FindAsync(subscription.InvokeId, Ct))!.LastNotifiedAt);
    }

    [TestMethod]
    public async Task Reopen_KeepsSubscriptionsAndPendingEntries()
    {
        var subscription = NewSubscription(selects: ["/sub:SubscriberInfo/sub:DisplayName"]);
        await _raf.AddAsync(subscription, Ct);
        await _raf.RenameAsync("One", Ct);
        var before = await _raf.Outbox.DueAsync(_raf.Clock.GetUtcNow(), 10, Ct);
        var previous = _raf;
        await previous.Raf.DisposeAsync();

        _raf = await StartAsync(kind, Ct, reopen: previous);

        // A restarted process finds the entries once the lease of the one that stopped has run out (PostgreSQL; SQLite has none).
        var afterLease = _raf.Clock.GetUtcNow() + _raf.Raf.Options.NotificationLease;
        CollectionAssert.AreEqual(before.ToArray(), (await _raf.Outbox.DueAsync(afterLease, 10, Ct)).ToArray());
        var reread = await _raf.FindAsync(subscription.InvokeId, Ct);
        Assert.AreEqual("/sub:SubscriberInfo/sub:DisplayName", reread!.Selects.Single().Text);
        await _raf.RenameAsync("Two", Ct);
        Assert.HasCount(2, await _raf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteRafOutboxTests(TestContext testContext) : RafOutboxTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresRafOutboxTests(TestContext testContext) : RafOutboxTests(testContext, StoreKind.Postgres);
