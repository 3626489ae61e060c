namespace GupSoap.Bench;

/// <summary>What one phase (warm-up or measurement) did: its workers' recordings, its length, why it ended.</summary>
internal sealed class PhaseResult
{
    public PhaseResult(IReadOnlyList<LoadWorker> workers, TimeSpan elapsed, bool stoppedByBudget)
    {
        ArgumentNullException.ThrowIfNull(workers);
        Elapsed = elapsed;
        StoppedByBudget = stoppedByBudget;
        foreach (var worker in workers)
        {
            Reads.Add(worker.Reads);
            Modifies.Add(worker.Modifies);
            Errors.Add(worker.Errors);
        }

        All.Add(Reads);
        All.Add(Modifies);
    }

    public TimeSpan Elapsed { get; }

    public bool StoppedByBudget { get; }

    public LatencyRecorder Reads { get; } = new();

    public LatencyRecorder Modifies { get; } = new();

    /// <summary>Latencies of every successful request.</summary>
    public LatencyRecorder All { get; } = new();

    public ErrorTally Errors { get; } = new();

    public long Requests => All.Count + Errors.Total;

    public double RequestsPerSecond => Elapsed > TimeSpan.Zero ? Requests / Elapsed.TotalSeconds : 0;
}
