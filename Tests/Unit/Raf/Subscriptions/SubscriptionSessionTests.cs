using GupSoap.Tests.Support;
using GupSoap.Contracts.Gup;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;
using static GupSoap.Tests.Unit.Raf.RafTestData;
using static GupSoap.Tests.Unit.Raf.Subscriptions.SubscriptionTestRaf;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>The <c>subscriptions</c> table: stored exactly, counted per requestor, purged at expiry, removed with its outbox entries.</summary>
public abstract class SubscriptionSessionTests(TestContext testContext, StoreKind kind) : SubscriptionRafTests(testContext, kind)
{
    [TestInitialize]
    public async Task InitializeAsync() => TestRaf = await StartAsync(Kind, Ct);

    private Task<T> InSessionAsync<T>(Func<ISubscriptionSession, Task<T>> work) =>
        TestRaf.Store.WriteAsync(async s => WriteOutcome.Committed(await work(s.Subscriptions)), simulate: false, Ct);

    [TestMethod]
    public async Task AddAsync_ThenFind_ReadsBackEverythingIncludingNamespaceBindings()
    {
        var select = new DataSelect("/x:SubscriberInfo/x:MSISDN[@y:kind='home']", new Dictionary<string, string> { ["x"] = Sub.NamespaceName, ["y"] = "urn:example:y" });
        var subscription = NewSubscription(minInterval: 7) with { Selects = [select] };

        await TestRaf.AddAsync(subscription, Ct);
        var found = await TestRaf.FindAsync(subscription.InvokeId, Ct);

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
        await TestRaf.AddAsync(expiring, Ct);
        await TestRaf.AddAsync(NewSubscription(), Ct);
        await TestRaf.AddAsync(NewSubscription() with { Status = SubscriptionStatus.Suspended, SuspendedReason = "dead" }, Ct);
        await TestRaf.AddAsync(NewSubscription(subscriber: AppB), Ct);

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
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
        var expiring = NewSubscription(lifetime: TimeSpan.FromMinutes(1));
        var lasting = NewSubscription();
        await TestRaf.AddAsync(expiring, Ct);
        await TestRaf.AddAsync(lasting, Ct);
        await TestRaf.DeleteAsync(Subscriber, Ct);
        TestRaf.Clock.Advance(TimeSpan.FromMinutes(1));

        var purged = await TestRaf.Raf.PurgeExpiredAsync(Ct);

        Assert.AreEqual(1, purged);
        Assert.IsNull(await TestRaf.FindAsync(expiring.InvokeId, Ct));
        Assert.IsNotNull(await TestRaf.FindAsync(lasting.InvokeId, Ct));
        Assert.HasCount(1, await TestRaf.EntriesAsync(expiring.InvokeId, Ct), "a change made while it held is still reported (R4)");
    }

    [TestMethod]
    public async Task RemoveAsync_DeletesTheSubscriptionAndItsOutboxEntries()
    {
        await TestRaf.InsertAsync(SubscriberInfo(), Ct);
        var subscription = NewSubscription();
        await TestRaf.AddAsync(subscription, Ct);
        await TestRaf.DeleteAsync(Subscriber, Ct);

        var removed = await InSessionAsync(s => s.RemoveAsync(subscription.InvokeId));
        var again = await InSessionAsync(s => s.RemoveAsync(subscription.InvokeId));

        Assert.IsTrue(removed);
        Assert.IsFalse(again);
        Assert.IsEmpty(await TestRaf.EntriesAsync(subscription.InvokeId, Ct));
    }
}

[TestClass]
public sealed class SqliteSubscriptionSessionTests(TestContext testContext) : SubscriptionSessionTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresSubscriptionSessionTests(TestContext testContext) : SubscriptionSessionTests(testContext, StoreKind.Postgres);
