using GupSoap.Tests.Support;
using GupSoap.Contracts.Gup;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>The <c>subscriptions</c> table: stored exactly, counted per requestor, purged at expiry, removed with its outbox entries.</summary>
public abstract class SubscriptionSessionTests(TestContext testContext, StoreKind kind)
{
    private SubscriptionTestRaf _raf = null!;

    private CancellationToken Ct => testContext.CancellationToken;

    [TestInitialize]
    public async Task InitializeAsync() => _raf = await StartAsync(kind, Ct);

    [TestCleanup]
    public async Task CleanupAsync()
    {
        // Null when the store was unavailable (an inconclusive PostgreSQL variant).
        if (_raf is not null)
        {
            await _raf.DisposeAsync();
        }
    }

    private Task<T> InSessionAsync<T>(Func<ISubscriptionSession, Task<T>> work) =>
        _raf.Store.WriteAsync(async s => WriteOutcome.Committed(await work(s.Subscriptions)), simulate: false, Ct);

    [TestMethod]
    public async Task AddAsync_ThenFind_ReadsBackEverythingIncludingNamespaceBindings()
    {
        var select = new DataSelect("/x:SubscriberInfo/x:MSISDN[@y:kind='home']", new Dictionary<string, string> { ["x"] = Sub.NamespaceName, ["y"] = "urn:example:y" });
        var subscription = NewSubscription(minInterval: 7) with { Selects = [select] };

        await _raf.AddAsync(subscription, Ct);
        var found = await _raf.FindAsync(subscription.InvokeId, Ct);

        Assert.IsNotNull(found);
        Assert.AreEqual(subscription with { Selects = found.Selects }, found);
        var reread = found.Selects.Single();
        Assert.AreEqual(select.Text, reread.Text);
        CollectionAssert.AreEquivalent(select.Namespaces.ToArray(), reread.Namespaces.ToArray());
        Assert.MatchesRegex("^s-[0-9a-f]{32}$", found.InvokeId);
    }

    [TestMethod]
    public async Task CountActiveAsync_CountsOnlyThisRequestorsActiveUnexpiredOnes()
    {
        var expiring = NewSubscription(lifetime: TimeSpan.FromMinutes(1));
        await _raf.AddAsync(expiring, Ct);
        await _raf.AddAsync(NewSubscription(), Ct);
        await _raf.AddAsync(NewSubscription() with { Status = SubscriptionStatus.Suspended, SuspendedReason = "dead" }, Ct);
        await _raf.AddAsync(NewSubscription(subscriber: AppB), Ct);

        var now = await InSessionAsync(s => s.CountActiveAsync(AppA, T0));
        var later = await InSessionAsync(s => s.CountActiveAsync(AppA, T0.AddMinutes(1)));
        var ids = await InSessionAsync(s => s.ActiveIdsAsync(AppA, T0.AddMinutes(1)));

        Assert.AreEqual(2, now);
        Assert.AreEqual(1, later);
        Assert.HasCount(1, ids);
        Assert.AreNotEqual(expiring.InvokeId, ids[0]);
    }

    [TestMethod]
    public async Task PurgeExpiredAsync_DeletesExpiredSubscriptionsButKeepsTheirPendingNotifications()
    {
        await _raf.InsertAsync(SubscriberInfo(), Ct);
        var expiring = NewSubscription(lifetime: TimeSpan.FromMinutes(1));
        var lasting = NewSubscription();
        await _raf.AddAsync(expiring, Ct);
        await _raf.AddAsync(lasting, Ct);
        await _raf.DeleteAsync(Subscriber, Ct);
        _raf.Clock.Advance(TimeSpan.FromMinutes(1));

        var purged = await _raf.Raf.PurgeExpiredAsync(Ct);

        Assert.AreEqual(1, purged);
        Assert.IsNull(await _raf.FindAsync(expiring.InvokeId, Ct));
        Assert.IsNotNull(await _raf.FindAsync(lasting.InvokeId, Ct));
        Assert.HasCount(1, await _raf.EntriesAsync(expiring.InvokeId, Ct), "a change made while it held is still reported (R4)");
    }

    [TestMethod]
    public async Task RemoveAsync_DeletesTheSubscriptionAndItsOutboxEntries()
    {
        await _raf.InsertAsync(SubscriberInfo(), Ct);
        var subscription = NewSubscription();
        await _raf.AddAsync(subscription, Ct);
        await _raf.DeleteAsync(Subscriber, Ct);

        var removed = await InSessionAsync(s => s.RemoveAsync(subscription.InvokeId));
        var again = await InSessionAsync(s => s.RemoveAsync(subscription.InvokeId));

        Assert.IsTrue(removed);
        Assert.IsFalse(again);
        Assert.IsEmpty(await _raf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteSubscriptionSessionTests(TestContext testContext) : SubscriptionSessionTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresSubscriptionSessionTests(TestContext testContext) : SubscriptionSessionTests(testContext, StoreKind.Postgres);
