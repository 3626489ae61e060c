using System.Xml.Linq;
using GupSoap.Server.Routing;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Routing;

/// <summary>
/// The write-intent journal's states (TS 23.240 §4.3.9): begun with its placements, decided by the claim that holds
/// it, taken over once its lease has run out, and one undecided write per profile.
/// </summary>
public abstract class WriteIntentJournalTests(StoreKind kind) : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly XName Info = XName.Get("SubscriberInfo", "urn:3gpp:gup:2006-08:subscriber");
    private static readonly XName Presence = XName.Get("PresenceSettings", "urn:3gpp:gup:2006-08:presence");

    private StorePlace? _place;
    private ILocationStore _locations = null!;
    private IWriteIntentJournal _store = null!;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _place = StorePlace.Create(kind);
        _locations = _place.Pick<ILocationStore>(d => new SqliteLocationStore(Path.Combine(d, "gup-locations.db")), (db, schema) => new PostgresLocationStore(db, schema));
        _store = (IWriteIntentJournal)_locations;
        await _locations.InitializeAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _locations.DisposeAsync();
        if (_place is not null)
        {
            await _place.DisposeAsync();
        }
    }

    private static WriteIntent Create(string resource = "sip:a@example.org", TimeSpan? lease = null) =>
        WriteIntent.Begin(resource, "sip", IntentOperation.Create, T0, lease ?? TimeSpan.FromSeconds(10),
            [new IntentPart(Info, "hss", PlacementRecorded: true, "", null), new IntentPart(Presence, "services", PlacementRecorded: false, "", null)]);

    [TestMethod]
    public async Task Begin_IntentWithPlacements_CommitsBothTogether()
    {
        var intent = Create();

        Assert.IsTrue(await _store.BeginAsync(intent, [(Info, "hss")], CancellationToken.None));

        Assert.AreEqual(1, await _store.CountAsync(CancellationToken.None));
        Assert.AreEqual("hss", (await _locations.FindAllAsync(intent.ResourceId, CancellationToken.None))[Info]);
    }

    [TestMethod]
    public async Task Begin_WhileAnotherIntentOfTheResourceIsUndecided_IsRefusedAndRecordsNothing()
    {
        Assert.IsTrue(await _store.BeginAsync(Create(), [], CancellationToken.None));

        Assert.IsFalse(await _store.BeginAsync(Create(), [(Presence, "services")], CancellationToken.None));

        Assert.AreEqual(1, await _store.CountAsync(CancellationToken.None));
        Assert.IsFalse((await _locations.FindAllAsync("sip:a@example.org", CancellationToken.None)).ContainsKey(Presence), "a refused begin records no placement");
        Assert.IsTrue(await _store.BeginAsync(Create("sip:b@example.org"), [], CancellationToken.None), "other profiles are independent");
    }

    [TestMethod]
    public async Task Complete_ByItsOwnClaim_RemovesTheIntentAndForgetsPlacementsTogether()
    {
        var intent = Create();
        await _store.BeginAsync(intent, [(Info, "hss")], CancellationToken.None);

        Assert.IsTrue(await _store.CompleteAsync(intent, [Info], CancellationToken.None));

        Assert.AreEqual(0, await _store.CountAsync(CancellationToken.None));
        Assert.IsEmpty(await _locations.FindAllAsync(intent.ResourceId, CancellationToken.None));
        Assert.IsTrue(await _store.BeginAsync(Create(), [], CancellationToken.None), "a decided intent no longer blocks its profile");
    }

    [TestMethod]
    public async Task ClaimExpired_BeforeTheLeaseEnds_TakesNothing()
    {
        await _store.BeginAsync(Create(lease: TimeSpan.FromSeconds(10)), [], CancellationToken.None);

        Assert.IsEmpty(await _store.ClaimExpiredAsync(T0 + TimeSpan.FromSeconds(9), TimeSpan.FromMinutes(1), 10, CancellationToken.None));
    }

    [TestMethod]
    public async Task ClaimExpired_AfterTheLease_TakesOverWithANewClaimAndTheOldClaimCanNoLongerDecide()
    {
        var intent = WriteIntent.Begin("sip:a@example.org", "sip", IntentOperation.Delete, T0, TimeSpan.FromSeconds(10),
            [new IntentPart(Info, "hss", PlacementRecorded: true, "", "<Copy/>"), new IntentPart(Presence, "services", PlacementRecorded: false, "7", "<Other/>")]);
        await _store.BeginAsync(intent, [(Info, "hss")], CancellationToken.None);

        var taken = (await _store.ClaimExpiredAsync(T0 + TimeSpan.FromSeconds(11), TimeSpan.FromMinutes(1), 10, CancellationToken.None)).Single();

        Assert.AreEqual(intent.Id, taken.Id);
        Assert.AreNotEqual(intent.Claim, taken.Claim);
        Assert.AreEqual(1, taken.Attempts);
        Assert.AreEqual(intent.StartedAt, taken.StartedAt);
        Assert.AreEqual(intent.DecideBy, taken.DecideBy, "the decision time of the original request is kept");
        Assert.AreEqual(T0 + TimeSpan.FromSeconds(71), taken.LeaseUntil);
        Assert.AreEqual(IntentOperation.Delete, taken.Operation);
        Assert.AreEqual("sip", taken.ResourceType);
        CollectionAssert.AreEqual(intent.Parts.ToArray(), taken.Parts.ToArray());
        Assert.IsFalse(await _store.CompleteAsync(intent, [Info], CancellationToken.None), "the request that outlived its lease cannot report it done");
        Assert.AreEqual("hss", (await _locations.FindAllAsync(intent.ResourceId, CancellationToken.None))[Info], "nothing changed");
        Assert.IsEmpty(await _store.ClaimExpiredAsync(T0 + TimeSpan.FromSeconds(12), TimeSpan.FromMinutes(1), 10, CancellationToken.None), "taken over once at a time");
        Assert.IsTrue(await _store.CompleteAsync(taken, [], CancellationToken.None));
        Assert.AreEqual(0, await _store.CountAsync(CancellationToken.None));
    }

    [TestMethod]
    public async Task ClaimExpired_ARecoveryCutShort_IsTakenOverAgainAfterItsOwnLease()
    {
        await _store.BeginAsync(Create(lease: TimeSpan.FromSeconds(10)), [], CancellationToken.None);
        var first = (await _store.ClaimExpiredAsync(T0 + TimeSpan.FromSeconds(11), TimeSpan.FromMinutes(1), 10, CancellationToken.None)).Single();

        var second = (await _store.ClaimExpiredAsync(T0 + TimeSpan.FromSeconds(72), TimeSpan.FromMinutes(1), 10, CancellationToken.None)).Single();

        Assert.AreEqual(first.Id, second.Id);
        Assert.AreEqual(2, second.Attempts);
        Assert.IsFalse(await _store.CompleteAsync(first, [], CancellationToken.None));
        Assert.IsTrue(await _store.CompleteAsync(second, [], CancellationToken.None));
    }
}

[TestClass]
public sealed class SqliteWriteIntentJournalTests() : WriteIntentJournalTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresWriteIntentJournalTests() : WriteIntentJournalTests(StoreKind.Postgres);
