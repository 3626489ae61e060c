using System.Diagnostics;
using System.Globalization;

namespace GupSoap.Bench;

/// <summary>
/// One closed-loop client: sends a request, waits for and checks the answer, records its latency, repeats until
/// the deadline or the request budget is reached. Reads go to alice; modifies to the worker's own resource.
/// </summary>
internal sealed class LoadWorker(int index, RpClient client, RequestMix mix, LoadCounters counters)
{
    public LatencyRecorder Reads { get; } = new();

    public LatencyRecorder Modifies { get; } = new();

    public ErrorTally Errors { get; } = new();

    /// <summary>The resource worker <paramref name="worker"/> modifies; created before the run.</summary>
    public static string ResourceOf(int worker) => string.Create(CultureInfo.InvariantCulture, $"sip:bench-{worker:D4}@example.org");

    /// <param name="deadline">A <see cref="Stopwatch.GetTimestamp"/> value after which no request is started.</param>
    public async Task RunAsync(long deadline, RequestBudget budget, CancellationToken cancellationToken)
    {
        var resource = ResourceOf(index);
        for (long i = 0; Stopwatch.GetTimestamp() < deadline && budget.TryTake(); i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var modify = mix.IsModify(i);
            var now = TimeProvider.System.GetUtcNow();
            var request = modify
                ? RpRequests.ModifyDisplayName(resource, string.Create(CultureInfo.InvariantCulture, $"Bench {index} #{i}"), RpRequests.NewMessageId(), now)
                : RpRequests.ReadData(RpRequests.NewMessageId(), now);

            var started = Stopwatch.GetTimestamp();
            var answer = await client.SendAsync(request, cancellationToken);
            var microseconds = Stopwatch.GetElapsedTime(started).Ticks / TimeSpan.TicksPerMicrosecond;

            counters.Completed(answer.IsOk);
            if (answer.IsOk)
            {
                (modify ? Modifies : Reads).Record(microseconds);
            }
            else
            {
                Errors.Add(answer);
            }
        }
    }
}
