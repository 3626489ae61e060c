using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using GupSoap.Core.Security;

namespace GupSoap.Bench;

/// <summary>
/// <see cref="SqliteReplayCache"/> recording fresh ids (every request pays this once per MessageID and assertion),
/// from one caller and from <see cref="Callers"/> concurrent callers sharing one instance. Results are per record.
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515:Consider making public types internal", Justification = "BenchmarkDotNet derives from benchmark classes, which must be public and unsealed.")]
[SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "BenchmarkDotNet's lifecycle: the cache is disposed in GlobalCleanup.")]
public class ReplayCacheBenchmarks
{
    private const int Callers = 8;
    private const int PerCaller = 250;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "gupsoap-bench-replay-" + Guid.NewGuid().ToString("N"));
    private SqliteReplayCache? _cache;
    private long _next;

    private SqliteReplayCache Cache => _cache ?? throw new InvalidOperationException("GlobalSetup did not run.");

    [GlobalSetup]
    public void Setup() => _cache = new SqliteReplayCache(Path.Combine(_directory, "replay.db"), TimeProvider.System);

    [GlobalCleanup]
    public void Cleanup()
    {
        _cache?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Description = "SqliteReplayCache.TryRecordAsync, 1 caller")]
    public ValueTask<bool> OneCaller() => Record();

    [Benchmark(Description = "SqliteReplayCache.TryRecordAsync, 8 concurrent callers", OperationsPerInvoke = Callers * PerCaller)]
    public Task EightCallers() => Task.WhenAll(Enumerable.Range(0, Callers).Select(_ => Task.Run(async () =>
    {
        for (var i = 0; i < PerCaller; i++)
        {
            await Record();
        }
    })));

    private ValueTask<bool> Record()
    {
        var id = Interlocked.Increment(ref _next).ToString(CultureInfo.InvariantCulture);
        return Cache.TryRecordAsync("wsa:MessageID", id, TimeProvider.System.GetUtcNow().AddMinutes(5), CancellationToken.None);
    }
}
