using GupSoap.Contracts.Gup;
using GupSoap.Core.Notifications;
using GupSoap.Core.Security;
using GupSoap.Server.Subscriptions;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Subscriptions;

/// <summary>The GUP Server's relay outbox and subscription store on each store (SECURITY.md R3, R4, R9).</summary>
public abstract class GupOutboxTests(StoreKind kind)
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    private async Task<(ISubscriptionStore Store, IOutbox Outbox, StorePlace Place)> CreateAsync()
    {
        var place = StorePlace.Create(kind);
        var (store, outbox) = await OpenAsync(place);
        await store.AddAsync(new AppSubscription
        {
            InvokeId = "g-1",
            Requestor = new RequestorContext { ProviderId = "urn:app", Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = "_a" },
            ResourceId = "sip:alice@example.org",
            Selects = [new DataSelect("/gup:Profile/pres:PresenceSettings", new Dictionary<string, string> { ["pres"] = Contracts.Namespaces.Presence })],
            NotifyTo = "https://app.example.org/n",
            ExpiresAt = Now.AddHours(1),
        }, CancellationToken.None);
        return (store, outbox, place);
    }

    /// <summary>A store and outbox on the place (again, for a restart).</summary>
    internal static async Task<(ISubscriptionStore Store, IOutbox Outbox)> OpenAsync(StorePlace place, TimeSpan? lease = null, TimeProvider? time = null)
    {
        var (store, outbox) = place.Pick<(ISubscriptionStore, IOutbox)>(
            d =>
            {
                var sqlite = new SqliteSubscriptionStore(Path.Combine(d, "gup-subscriptions.db"));
                return (sqlite, new SqliteGupOutbox(sqlite, time));
            },
            (db, schema) =>
            {
                var postgres = new PostgresSubscriptionStore(db, schema);
                return (postgres, new PostgresGupOutbox(postgres, lease ?? TimeSpan.FromSeconds(30), time));
            });
        await store.InitializeAsync(CancellationToken.None);
        return (store, outbox);
    }

    private static OutboxEntry Entry(string id) => new(0, id, "g-1", "https://app.example.org/n", "<rg:Notify xmlns:rg=\"urn:3gpp:gup:2006-08:rg\"/>", "urn:app", 0, Now);

    [TestMethod]
    public async Task RecordNotification_ThenDue_RetryMovesIt_DeliveredRemovesIt()
    {
        var (store, outbox, place) = await CreateAsync();
        try
        {
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string> { ["0"] = "d1" }, Entry("n1"), CancellationToken.None);
            var due = (await outbox.DueAsync(Now, 10, CancellationToken.None)).Single();
            Assert.AreEqual("n1", due.NotificationId);
            Assert.AreEqual("d1", (await store.DigestsAsync("g-1", CancellationToken.None))["0"]);

            await outbox.RetryAsync(due, Now.AddSeconds(5), "HTTP 500", CancellationToken.None);
            Assert.IsEmpty(await outbox.DueAsync(Now, 10, CancellationToken.None));
            var retried = (await outbox.DueAsync(Now.AddSeconds(5), 10, CancellationToken.None)).Single();
            Assert.AreEqual(1, retried.Attempts);
            Assert.AreEqual("n1", retried.NotificationId, "the same notification id on every attempt");

            await outbox.DeliveredAsync(retried, CancellationToken.None);
            Assert.IsEmpty(await outbox.DueAsync(Now.AddDays(1), 10, CancellationToken.None));
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task GiveUp_SuspendsTheSubscriptionWithTheReason_AndParksItsEntries()
    {
        var (store, outbox, place) = await CreateAsync();
        try
        {
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n1"), CancellationToken.None);
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n2"), CancellationToken.None);
            var first = (await outbox.DueAsync(Now, 10, CancellationToken.None))[0];
            await outbox.GiveUpAsync(first, "HTTP 404 from the callback", CancellationToken.None);

            var suspended = await store.GetAsync("g-1", CancellationToken.None);
            Assert.AreEqual(SubscriptionStatus.Suspended, suspended!.Status);
            Assert.AreEqual("HTTP 404 from the callback", suspended.Reason);
            Assert.IsEmpty(await outbox.DueAsync(Now.AddDays(1), 10, CancellationToken.None));
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task OfResource_ShowsPendingFailuresLastErrorAndLastDelivery()
    {
        var (_, _, place) = await CreateAsync();
        var time = new ManualTimeProvider(Now);
        var (store, outbox) = await OpenAsync(place, time: time);
        try
        {
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n1"), CancellationToken.None);
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n2"), CancellationToken.None);
            var first = (await outbox.DueAsync(Now, 10, CancellationToken.None))[0];
            await outbox.RetryAsync(first, Now.AddSeconds(5), "HTTP 500", CancellationToken.None);

            var failing = (await store.OfResourceAsync("sip:alice@example.org", CancellationToken.None)).Single();
            Assert.AreEqual("g-1", failing.Subscription.InvokeId);
            Assert.AreEqual("urn:app", failing.Subscription.Requestor.ProviderId);
            Assert.AreEqual((2, 1, "HTTP 500", (DateTimeOffset?)null, 0L), (failing.Pending, failing.FailedAttempts, failing.LastError, failing.LastDelivery, failing.Delivered));

            time.Advance(TimeSpan.FromSeconds(5));
            var retried = (await outbox.DueAsync(Now.AddSeconds(5), 10, CancellationToken.None)).First(e => e.NotificationId == "n1");
            await outbox.DeliveredAsync(retried, CancellationToken.None);

            var delivered = (await store.OfResourceAsync("sip:alice@example.org", CancellationToken.None)).Single();
            Assert.AreEqual((1, 0, (string?)null, (DateTimeOffset?)Now.AddSeconds(5), 1L), (delivered.Pending, delivered.FailedAttempts, delivered.LastError, delivered.LastDelivery, delivered.Delivered));
            Assert.IsEmpty(await store.OfResourceAsync("sip:bob@example.org", CancellationToken.None));
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task DeliveredAfterTheSubscriptionEnded_LeavesNoRecordBehind()
    {
        var (store, outbox, place) = await CreateAsync();
        try
        {
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n1"), CancellationToken.None);
            var inFlight = (await outbox.DueAsync(Now, 10, CancellationToken.None)).Single();
            var subscription = await store.GetAsync("g-1", CancellationToken.None);
            await store.RemoveAsync("g-1", CancellationToken.None);
            Assert.IsEmpty(await store.OfResourceAsync("sip:alice@example.org", CancellationToken.None));

            await outbox.DeliveredAsync(inFlight, CancellationToken.None);
            await store.AddAsync(subscription!, CancellationToken.None);

            var again = (await store.OfResourceAsync("sip:alice@example.org", CancellationToken.None)).Single();
            Assert.AreEqual((0, (DateTimeOffset?)null), (again.Delivered, again.LastDelivery), "the ended subscription's delivery is not counted for a new one");
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task PendingEntriesAndSubscriptions_SurviveReopening()
    {
        var (store, _, place) = await CreateAsync();
        try
        {
            await store.RecordNotificationAsync("g-1", new Dictionary<string, string>(), Entry("n1"), CancellationToken.None);
            var (reopened, outbox) = await OpenAsync(place);
            Assert.AreEqual("n1", (await outbox.DueAsync(Now, 10, CancellationToken.None)).Single().NotificationId);
            var kept = await reopened.GetAsync("g-1", CancellationToken.None);
            Assert.AreEqual("/gup:Profile/pres:PresenceSettings", kept!.Selects.Single().Text);
            Assert.AreEqual(Contracts.Namespaces.Presence, kept.Selects.Single().LookupNamespace("pres"));
            Assert.AreEqual("urn:app", kept.Requestor.ProviderId);
        }
        finally
        {
            await place.DisposeAsync();
        }
    }
}

[TestClass]
public sealed class SqliteGupOutboxTests() : GupOutboxTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresGupOutboxTests() : GupOutboxTests(StoreKind.Postgres);
