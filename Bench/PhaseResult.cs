namespace GupSoap.Bench;

/// <summary>What one phase (warm-up or measurement) did: its workers' recordings, its length, why it ended.</summary>
internal sealed class PhaseResult
{
    private readonly LatencyRecorder[] _latencies = [.. RequestKinds.All.Select(_ => new LatencyRecorder())];

    public PhaseResult(IReadOnlyList<LoadWorker> workers, TimeSpan elapsed, bool stoppedByBudget)
    {
        ArgumentNullException.ThrowIfNull(workers);
        Elapsed = elapsed;
        StoppedByBudget = stoppedByBudget;
        foreach (var worker in workers)
        {
            foreach (var kind in RequestKinds.All)
            {
                Latency(kind).Add(worker.Latency(kind));
            }

            Errors.Add(worker.Errors);
            ServerRequests += worker.ServerRequests;
        }

        foreach (var latency in _latencies)
        {
            All.Add(latency);
        }
    }

    public TimeSpan Elapsed { get; }

    public bool StoppedByBudget { get; }

    /// <summary>Latencies of every successful request.</summary>
    public LatencyRecorder All { get; } = new();

    public ErrorTally Errors { get; } = new();

    public long Requests => All.Count + Errors.Total;

    /// <summary>SOAP requests the server received, Rp fan-out of Rg requests included.</summary>
    public long ServerRequests { get; }

    public double RequestsPerSecond => PerSecond(Requests);

    public double ServerRequestsPerSecond => PerSecond(ServerRequests);

    /// <summary>Latencies of the successful requests of <paramref name="kind"/>.</summary>
    public LatencyRecorder Latency(RequestKind kind) => _latencies[(int)kind];

    private double PerSecond(long count) => Elapsed > TimeSpan.Zero ? count / Elapsed.TotalSeconds : 0;
}
