using System.Collections.Concurrent;
using GupSoap.Core.Charging;

namespace GupSoap.Tests.Unit.Charging;

/// <summary>
/// <see cref="ChargingWriter"/>'s group commit: records that arrive while a group gathers share one transaction, and
/// nothing that must be prompt (a flush, the shutdown, a full group) waits for the gathering delay.
/// </summary>
[TestClass]
public sealed class ChargingWriterTests
{
    /// <summary>Longer than any test may take: a wait that depended on it would fail the test by its timeout.</summary>
    private static readonly TimeSpan Forever = TimeSpan.FromHours(1);

    /// <summary>Its token is cancelled at the test's timeout: a wait that never ends fails the test instead of hanging the run.</summary>
    public TestContext TestContext { get; set; } = null!;

    private CancellationToken Deadline => TestContext.CancellationToken;

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task RecordsArrivingWhileAGroupGathers_AreWrittenInOneTransaction()
    {
        using var store = new CountingStore();
        await using var writer = new ChargingWriter(store, TimeProvider.System, groupDelay: Forever);

        for (var i = 0; i < 40; i++)
        {
            await writer.WriteAsync(ChargingStoreTests.Record(i, correlation: "g" + i), Deadline);
        }

        // The writer woke for the first record and is gathering; the flush ends the group.
        await writer.FlushAsync(Deadline);
        CollectionAssert.AreEqual(Enumerable.Range(0, 40).Select(i => "g" + i).ToArray(), store.Records.Select(r => r.CorrelationId).ToArray());
        Assert.AreEqual(1, store.Appends, "40 records queued within the gathering delay were written in " + store.Appends + " transactions");
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task Flush_DoesNotWaitForTheGroupDelay()
    {
        using var store = new CountingStore();
        await using var writer = new ChargingWriter(store, TimeProvider.System, groupDelay: Forever);

        await writer.WriteAsync(ChargingStoreTests.Record(1, correlation: "f1"), Deadline);
        await writer.FlushAsync(Deadline);

        CollectionAssert.AreEqual(new[] { "f1" }, store.Records.Select(r => r.CorrelationId).ToArray());
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task Dispose_WritesWhatIsQueuedWithoutWaitingForTheGroupDelay()
    {
        using var store = new CountingStore();
        var writer = new ChargingWriter(store, TimeProvider.System, groupDelay: Forever);

        await writer.WriteAsync(ChargingStoreTests.Record(1, correlation: "d1"), Deadline);
        await writer.WriteAsync(ChargingStoreTests.Record(2, correlation: "d2"), Deadline);
        await writer.DisposeAsync();

        Assert.AreEqual(2, writer.Written);
        CollectionAssert.AreEqual(new[] { "d1", "d2" }, store.Records.Select(r => r.CorrelationId).ToArray());
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task AFullGroup_IsWrittenWithoutWaitingForTheGroupDelay()
    {
        using var store = new CountingStore();
        await using var writer = new ChargingWriter(store, TimeProvider.System, capacity: 4 * ChargingWriter.MaxGroup, groupDelay: Forever);

        for (var i = 0; i < ChargingWriter.MaxGroup; i++)
        {
            await writer.WriteAsync(ChargingStoreTests.Record(i, correlation: "m" + i), Deadline);
        }

        await store.WaitForAsync(ChargingWriter.MaxGroup, Deadline);
        Assert.AreEqual(ChargingWriter.MaxGroup, store.Records.Count);
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task AQueueSmallerThanAGroup_WhenFull_IsWrittenWithoutWaitingForTheGroupDelay()
    {
        using var store = new CountingStore();
        await using var writer = new ChargingWriter(store, TimeProvider.System, capacity: 16, groupDelay: Forever);

        // The 17th write finds the queue full: it must not wait for a group that can grow no more.
        for (var i = 0; i < 40; i++)
        {
            await writer.WriteAsync(ChargingStoreTests.Record(i, correlation: "q" + i), Deadline);
        }

        await store.WaitForAsync(24, Deadline);
        await writer.FlushAsync(Deadline);
        CollectionAssert.AreEqual(Enumerable.Range(0, 40).Select(i => "q" + i).ToArray(), store.Records.Select(r => r.CorrelationId).ToArray());
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public async Task ZeroGroupDelay_WritesAtOnce()
    {
        using var store = new CountingStore();
        await using var writer = new ChargingWriter(store, TimeProvider.System, groupDelay: TimeSpan.Zero);

        await writer.WriteAsync(ChargingStoreTests.Record(1, correlation: "z1"), Deadline);

        await store.WaitForAsync(1, Deadline);
        Assert.AreEqual("z1", store.Records.Single().CorrelationId);
    }

    [TestMethod]
    public void NegativeGroupDelay_IsRefused()
    {
        using var store = new CountingStore();
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new ChargingWriter(store, TimeProvider.System, groupDelay: TimeSpan.FromMilliseconds(-1)));
    }

    /// <summary>A store that keeps what it is given and counts its transactions.</summary>
    private sealed class CountingStore : IChargingStore, IDisposable
    {
        private readonly ConcurrentQueue<ChargingRecord> _records = new();
        private readonly SemaphoreSlim _appended = new(0);
        private int _appends;

        public int Appends => Volatile.Read(ref _appends);

        public IReadOnlyList<ChargingRecord> Records => [.. _records];

        public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public void Dispose() => _appended.Dispose();

        public Task AppendAsync(IReadOnlyList<ChargingRecord> records, CancellationToken cancellationToken)
        {
            foreach (var record in records)
            {
                _records.Enqueue(record);
            }

            Interlocked.Increment(ref _appends);
            _appended.Release();
            return Task.CompletedTask;
        }

        public async Task WaitForAsync(int count, CancellationToken cancellationToken)
        {
            while (_records.Count < count)
            {
                await _appended.WaitAsync(cancellationToken);
            }
        }

        public IAsyncEnumerable<ChargingRecord> QueryAsync(ChargingQuery query, CancellationToken cancellationToken) => _records.ToAsyncEnumerable();
    }
}
