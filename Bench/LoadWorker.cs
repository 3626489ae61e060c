using System.Diagnostics;
using System.Globalization;

namespace GupSoap.Bench;

/// <summary>
/// One closed-loop client: sends a request, waits for and checks the answer, records its latency, repeats until
/// the deadline or the request budget is reached. Reads go to alice; modifies to the worker's own resource.
/// </summary>
internal sealed class LoadWorker(int index, LoadClient client, RequestMix mix, LoadCounters counters)
{
    private readonly LatencyRecorder[] _latencies = [.. RequestKinds.All.Select(_ => new LatencyRecorder())];

    public ErrorTally Errors { get; } = new();

    /// <summary>SOAP requests the server received from this worker, Rp fan-out of its Rg requests included.</summary>
    public long ServerRequests { get; private set; }

    /// <summary>Latencies of this worker's successful requests of <paramref name="kind"/>.</summary>
    public LatencyRecorder Latency(RequestKind kind) => _latencies[(int)kind];

    /// <param name="deadline">A <see cref="Stopwatch.GetTimestamp"/> value after which no request is started.</param>
    public async Task RunAsync(long deadline, RequestBudget budget, CancellationToken cancellationToken)
    {
        var resource = BenchProfiles.ResourceOf(index);
        for (long i = 0; Stopwatch.GetTimestamp() < deadline; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var kind = mix.KindOf(i);
            var cost = RequestKinds.ServerRequests(kind);
            if (!budget.TryTake(cost))
            {
                return;
            }

            var label = RequestKinds.ModifiesOwnResource(kind) ? string.Create(CultureInfo.InvariantCulture, $"Bench {index} #{i}") : "";
            var request = RequestKinds.Build(kind, resource, label, TimeProvider.System.GetUtcNow());

            var started = Stopwatch.GetTimestamp();
            var answer = await client.SendAsync(request, cancellationToken);
            var microseconds = Stopwatch.GetElapsedTime(started).Ticks / TimeSpan.TicksPerMicrosecond;

            ServerRequests += cost;
            counters.Completed(answer.IsOk);
            if (answer.IsOk)
            {
                Latency(kind).Record(microseconds);
            }
            else
            {
                Errors.Add(answer);
            }
        }
    }
}
