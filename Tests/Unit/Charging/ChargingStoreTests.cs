using GupSoap.Core.Charging;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Charging;

/// <summary>The charging table (TS 23.240 §4.1.9) on both stores: every field round-trips, the filters of an export and an access history.</summary>
public abstract class ChargingStoreTests(StoreKind kind)
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private async Task<(IChargingStore Store, StorePlace Place)> NewStoreAsync()
    {
        var place = StorePlace.Create(kind);
        var store = place.Pick<IChargingStore>(d => new SqliteChargingStore(Path.Combine(d, SqliteChargingStore.FileName)),
            (db, schema) => new PostgresChargingStore(db, schema));
        await store.InitializeAsync(CancellationToken.None);
        await store.InitializeAsync(CancellationToken.None);
        return (store, place);
    }

    internal static ChargingRecord Record(int minute, string subscriber = "sip:alice@example.org", string? application = "app-1", string correlation = "c1") => new()
    {
        Time = At.AddMinutes(minute),
        CorrelationId = correlation,
        Recorder = "gup:rg",
        Operation = "Query",
        RequestorProviderId = "urn:test:provider",
        ApplicationId = application,
        Hplmn = minute % 2 == 0,
        Subscriber = subscriber,
        ComponentTypes = ["{urn:test:sub}SubscriberInfo", "{urn:test:pres}PresenceSettings"],
        Outcome = "Failed",
        StatusDetail = "DataUnavailable/TimeOut",
        BytesIn = 1234,
        BytesOut = null,
        Mode = ChargingMode.Proxy,
        Limit = "raf-concurrency:hss",
        Rafs = [new ChargingRafHop("hss", true, correlation), new ChargingRafHop("services", false, correlation)],
    };

    private static async Task<List<ChargingRecord>> ReadAsync(IChargingStore store, ChargingQuery query)
    {
        var result = new List<ChargingRecord>();
        await foreach (var record in store.QueryAsync(query, CancellationToken.None))
        {
            result.Add(record);
        }

        return result;
    }

    [TestMethod]
    public async Task AppendAsync_EveryField_ReadBackEqual()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            var record = Record(0);
            await store.AppendAsync([record], CancellationToken.None);

            var read = (await ReadAsync(store, new ChargingQuery())).Single();
            Assert.AreEqual(record with { ComponentTypes = read.ComponentTypes, Rafs = read.Rafs }, read);
            CollectionAssert.AreEqual(record.ComponentTypes.ToArray(), read.ComponentTypes.ToArray());
            CollectionAssert.AreEqual(record.Rafs.ToArray(), read.Rafs.ToArray());
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task QueryAsync_SubscriberAndTimeRange_OnlyThatSubscribersRecordsInTheRange()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.AppendAsync([Record(0), Record(1, "sip:bob@example.org"), Record(2), Record(3), Record(4)], CancellationToken.None);

            var history = await ReadAsync(store, new ChargingQuery { Subscriber = "sip:alice@example.org", Since = At.AddMinutes(1), Until = At.AddMinutes(4) });

            CollectionAssert.AreEqual(new[] { At.AddMinutes(2), At.AddMinutes(3) }, history.Select(r => r.Time).ToArray());
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task QueryAsync_Application_MatchesApplicationIdElseProvider()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.AppendAsync([Record(0, application: "app-1"), Record(1, application: null), Record(2, application: "app-2")], CancellationToken.None);

            Assert.HasCount(1, await ReadAsync(store, new ChargingQuery { Application = "app-1" }));
            var byProvider = await ReadAsync(store, new ChargingQuery { Application = "urn:test:provider" });
            Assert.AreEqual(At.AddMinutes(1), byProvider.Single().Time);
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task QueryAsync_NewestFirstWithLimit_ThePageOfLatestRecords()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.AppendAsync([.. Enumerable.Range(0, 5).Select(i => Record(i, correlation: "c" + i))], CancellationToken.None);

            var page = await ReadAsync(store, new ChargingQuery { NewestFirst = true, Limit = 2 });
            CollectionAssert.AreEqual(new[] { "c4", "c3" }, page.Select(r => r.CorrelationId).ToArray());
            Assert.AreEqual("c2", (await ReadAsync(store, new ChargingQuery { CorrelationId = "c2" })).Single().CorrelationId);
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task QueryAsync_RecordsOfTheSameTime_InTheOrderWritten()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.AppendAsync([Record(0, correlation: "t1"), Record(0, correlation: "t2")], CancellationToken.None);
            await store.AppendAsync([Record(0, correlation: "t3")], CancellationToken.None);

            CollectionAssert.AreEqual(new[] { "t1", "t2", "t3" }, (await ReadAsync(store, new ChargingQuery())).Select(r => r.CorrelationId).ToArray());
            CollectionAssert.AreEqual(new[] { "t3", "t2", "t1" }, (await ReadAsync(store, new ChargingQuery { NewestFirst = true })).Select(r => r.CorrelationId).ToArray());
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task ChargingWriter_ManyConcurrentWrites_AllDurableAfterDispose()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            var writer = new ChargingWriter(store, TimeProvider.System, capacity: 16);
            await Task.WhenAll(Enumerable.Range(0, 200).Select(i => writer.WriteAsync(Record(i, correlation: "w" + i), CancellationToken.None).AsTask()));
            await writer.DisposeAsync();

            Assert.HasCount(200, await ReadAsync(store, new ChargingQuery()));
            Assert.AreEqual(200, writer.Written);
        }
        finally
        {
            await place.DisposeAsync();
        }
    }
}

[TestClass]
public sealed class SqliteChargingStoreTests() : ChargingStoreTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresChargingStoreTests() : ChargingStoreTests(StoreKind.Postgres);
