using GupSoap.Contracts.Gup;
using GupSoap.Core.Notifications;
using GupSoap.Core.Security;
using GupSoap.Server.Subscriptions;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Subscriptions;

namespace GupSoap.Tests.Unit.Storage;

/// <summary>
/// Several processes draining one PostgreSQL outbox (SECURITY.md R3, R4): a row goes to one of them at a time, to
/// another only once the holder's lease ran out (a crash), with the same notification id, and one subscription's rows
/// never overtake each other across processes.
/// </summary>
[TestClass]
public sealed class PostgresOutboxLeaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    private StorePlace _place = null!;
    private ISubscriptionStore _store = null!;
    private IOutbox _a = null!;
    private IOutbox _b = null!;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _place = StorePlace.Create(StoreKind.Postgres);
        (_store, _a) = await GupOutboxTests.OpenAsync(_place, Lease);
        (_, _b) = await GupOutboxTests.OpenAsync(_place, Lease);
        foreach (var id in new[] { "g-1", "g-2" })
        {
            await _store.AddAsync(new AppSubscription
            {
                InvokeId = id,
                Requestor = new RequestorContext { ProviderId = "urn:app", Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = "_a" },
                ResourceId = "sip:alice@example.org",
                Selects = [new DataSelect("/gup:Profile")],
                NotifyTo = "https://app.example.org/n",
                ExpiresAt = Now.AddHours(1),
            }, CancellationToken.None);
        }
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        if (_place is not null)
        {
            await _place.DisposeAsync();
        }
    }

    private Task QueueAsync(string subscription, string notificationId) =>
        _store.RecordNotificationAsync(subscription, new Dictionary<string, string>(), new OutboxEntry(0, notificationId, subscription, "https://app.example.org/n", "<n/>", "urn:app", 0, Now),
            CancellationToken.None);

    private static string Ids(IReadOnlyList<OutboxEntry> entries) => string.Join(",", entries.Select(e => e.NotificationId));

    [TestMethod]
    public async Task DueAsync_RowsHeldByOneProcess_AreNotGivenToAnother()
    {
        await QueueAsync("g-1", "n1");
        await QueueAsync("g-2", "n2");

        Assert.AreEqual("n1,n2", Ids(await _a.DueAsync(Now, 10, CancellationToken.None)));
        Assert.AreEqual("", Ids(await _b.DueAsync(Now, 10, CancellationToken.None)));
        Assert.AreEqual("n1,n2", Ids(await _a.DueAsync(Now.AddSeconds(1), 10, CancellationToken.None)), "the holder sees its rows in every look");
    }

    [TestMethod]
    public async Task DueAsync_AfterTheHoldersLeaseRanOut_AnotherProcessSendsTheSameNotification()
    {
        await QueueAsync("g-1", "n1");
        var held = (await _a.DueAsync(Now, 10, CancellationToken.None)).Single();

        var taken = (await _b.DueAsync(Now + Lease, 10, CancellationToken.None)).Single();

        Assert.AreEqual(held, taken, "same row, same notification id: at least once");
        Assert.IsEmpty(await _a.DueAsync(Now + Lease, 10, CancellationToken.None));
    }

    [TestMethod]
    public async Task DueAsync_LaterRowOfASubscriptionHeldElsewhere_WaitsForTheEarlierOne()
    {
        await QueueAsync("g-1", "n1");
        Assert.AreEqual("n1", Ids(await _a.DueAsync(Now, 1, CancellationToken.None)));
        await QueueAsync("g-1", "n2");
        await QueueAsync("g-2", "n3");

        Assert.AreEqual("n3", Ids(await _b.DueAsync(Now, 10, CancellationToken.None)), "n2 must not overtake n1, held by the other process");
        await _a.DeliveredAsync((await _a.DueAsync(Now, 1, CancellationToken.None)).Single(), CancellationToken.None);
        Assert.AreEqual("n2,n3", Ids(await _b.DueAsync(Now, 10, CancellationToken.None)));
    }

    [TestMethod]
    public async Task RetryAsync_KeepsTheRowWithItsHolderUntilTheRetryPlusTheLease()
    {
        await QueueAsync("g-1", "n1");
        var entry = (await _a.DueAsync(Now, 10, CancellationToken.None)).Single();
        await _a.RetryAsync(entry, Now.AddSeconds(5), "HTTP 503", CancellationToken.None);

        Assert.IsEmpty(await _b.DueAsync(Now.AddSeconds(6), 10, CancellationToken.None));
        Assert.AreEqual("n1", Ids(await _a.DueAsync(Now.AddSeconds(6), 10, CancellationToken.None)));
        Assert.AreEqual("n1", Ids(await _b.DueAsync(Now.AddSeconds(6) + Lease, 10, CancellationToken.None)));
    }

    [TestMethod]
    public async Task DueAsync_TwoProcessesLookingTogether_NeverShareARow()
    {
        for (var i = 0; i < 40; i++)
        {
            await QueueAsync(i % 2 == 0 ? "g-1" : "g-2", $"n{i}");
        }

        var looks = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => (i % 2 == 0 ? _a : _b).DueAsync(Now, 10, CancellationToken.None))));

        var a = looks.Where((_, i) => i % 2 == 0).SelectMany(l => l).Select(e => e.NotificationId).ToHashSet();
        var b = looks.Where((_, i) => i % 2 == 1).SelectMany(l => l).Select(e => e.NotificationId).ToHashSet();
        Assert.IsEmpty(a.Intersect(b));
    }
}
