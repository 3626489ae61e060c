using System.Diagnostics;

namespace GupSoap.Bench;

/// <summary>Runs one phase: <c>connections</c> workers in parallel for a fixed time (or until the budget is spent), with progress lines.</summary>
internal static class LoadPhase
{
    public static async Task<PhaseResult> RunAsync(
        string name, TimeSpan duration, LoadOptions options, LoadClient client, RequestBudget budget, CancellationToken cancellationToken)
    {
        var counters = new LoadCounters();
        var workers = Enumerable.Range(0, options.Connections)
            .Select(i => new LoadWorker(i, client, options.Mix, counters))
            .ToArray();
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);

        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var progress = ProgressPrinter.RunAsync(name, counters, started, stopProgress.Token);
        try
        {
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.RunAsync(deadline, budget, cancellationToken), cancellationToken)));
        }
        finally
        {
            await stopProgress.CancelAsync();
            await progress;
        }

        return new PhaseResult(workers, Stopwatch.GetElapsedTime(started), budget.Exhausted);
    }
}
