using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using GupSoap.Core.Charging;

namespace GupSoap.Bench;

/// <summary>
/// <see cref="SqliteChargingStore"/> appending charging records as <see cref="ChargingWriter"/> hands them over: one
/// transaction per group of <see cref="Group"/> records (a group is what arrived during the writer's gathering delay,
/// 10 ms by default: one or a few under light load, tens to hundreds under full load). Results are per append: divide
/// by Group for a record's cost. Every record has a fresh correlation id and one of 10,000 subscribers, so the indexes
/// grow as in service.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet derives from benchmark classes, which must be public and unsealed.")]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet's lifecycle: the store is disposed in GlobalCleanup.")]
public class ChargingStoreBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gupsoap-bench-charging-" + Guid.NewGuid().ToString("N"));
    private SqliteChargingStore? _store;
    private int _next;

    [Params(1, 8, 32, 256)]
    public int Group { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new SqliteChargingStore(Path.Combine(_directory, SqliteChargingStore.FileName));
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ((object?)_store as IAsyncDisposable)?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "SqliteChargingStore.AppendAsync of Group records")]
    public Task Append()
    {
        var records = new ChargingRecord[Group];
        for (var i = 0; i < records.Length; i++)
        {
            var subscriber = string.Create(CultureInfo.InvariantCulture, $"sip:user{Interlocked.Increment(ref _next) % 10_000}@example.com");
            records[i] = new ChargingRecord
            {
                Time = DateTimeOffset.UtcNow,
                CorrelationId = CorrelationIds.New(),
                Recorder = "gup:rg",
                Operation = "Query",
                RequestorProviderId = "urn:example:app",
                ApplicationId = "urn:example:app:presence",
                Hplmn = true,
                Subscriber = subscriber,
                ComponentTypes = ["{urn:3gpp:gup:subscriber}SubscriberInfo"],
                Outcome = "OK",
                BytesIn = 4_000,
                BytesOut = 900,
                Mode = ChargingMode.Proxy,
                Rafs = [new ChargingRafHop("hss", true, "0190f3a2c1d97c3e8a1b2c3d4e5f6a7b")],
            };
        }

        return (_store ?? throw new InvalidOperationException("GlobalSetup did not run.")).AppendAsync(records, CancellationToken.None);
    }
}
