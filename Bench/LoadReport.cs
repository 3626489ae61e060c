using System.Globalization;
using System.Runtime;

namespace GupSoap.Bench;

/// <summary>The printed result of a <c>load</c> run: throughput, latency percentiles, errors, memory and GC.</summary>
internal sealed record LoadReport(
    LoadOptions Options,
    Uri Server,
    PhaseResult? Warmup,
    PhaseResult Measured,
    ProcessSnapshot Idle,
    ProcessSnapshot Before,
    ProcessSnapshot After,
    MessageIdUse MessageIds)
{
    public void Print(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var m = Measured;
        var gc = GCSettings.IsServerGC ? "server GC" : "workstation GC";
        output.WriteLine("GupSoap load report");
        Line(output, $"  server        {Server} (in process; {gc}; {Environment.ProcessorCount} logical cores)");
        Workload(output);
        Line(output, $"  connections   {Options.Connections} closed-loop HttpClient workers");
        if (Warmup is { } w)
        {
            Line(output, $"  warm-up       {w.Elapsed.TotalSeconds:0.0} s, {w.Requests:N0} requests, {w.Errors.Total:N0} errors ({w.RequestsPerSecond:N0} req/s; not counted below)");
        }

        Line(output, $"  measured      {m.Elapsed.TotalSeconds:0.00} s{(m.StoppedByBudget ? $" (stopped early: --max-requests {Options.MaxRequests:N0} reached)" : "")}");
        Line(output, $"  requests      {m.Requests:N0} ({m.All.Count:N0} OK; errors {m.Errors.Total:N0}: HTTP {m.Errors.Http:N0}, status {m.Errors.Status:N0}, transport {m.Errors.Transport:N0})");
        Line(output, $"  throughput    {m.RequestsPerSecond:N0} req/s{(Options.Mix.HasRg ? $" ({m.ServerRequestsPerSecond:N0} SOAP requests/s at the server, Rp fan-out included)" : "")}");
        Line(output, $"  latency ms    {"count",10} {"p50",8} {"p90",8} {"p99",8} {"max",8}");
        Latency(output, "all", m.All);
        if (Options.Mix.Kinds.Count > 1)
        {
            foreach (var kind in Options.Mix.Kinds)
            {
                Latency(output, RequestKinds.Name(kind), m.Latency(kind));
            }
        }

        output.WriteLine("                (successful requests, send to last response byte; percentiles within 1.6 %)");
        Line(output, $"  memory MB     {"idle",10} {"before",10} {"after",10}");
        Memory(output, "working set", s => s.WorkingSetBytes);
        Memory(output, "GC heap", s => s.GcHeapBytes);
        Memory(output, "GC committed", s => s.GcCommittedBytes);
        var allocated = After.AllocatedBytes - Before.AllocatedBytes;
        Line(output, $"  GC in run     gen0 {After.Gen0 - Before.Gen0:N0}, gen1 {After.Gen1 - Before.Gen1:N0}, gen2 {After.Gen2 - Before.Gen2:N0}; pauses {(After.GcPause - Before.GcPause).TotalMilliseconds:N0} ms; allocated {allocated / 1048576.0:N0} MB ({(m.Requests == 0 ? 0 : allocated / 1024.0 / m.Requests):N1} KB per request, client and server)");
        var cpu = After.CpuTime - Before.CpuTime;
        Line(output, $"  CPU           {cpu.TotalSeconds / m.Elapsed.TotalSeconds:0.00} of {Environment.ProcessorCount} cores busy; {(m.Requests == 0 ? 0 : cpu.TotalMilliseconds * 1000 / m.Requests):N0} µs CPU per request (client and server)");
        var remembered = MessageIds.Remembered?.ToString("N0", CultureInfo.InvariantCulture) ?? "?";
        Line(output, $"  MessageIDs    {MessageIds.Budgeted:N0} budgeted of --max-requests {Options.MaxRequests:N0} (set-up, warm-up, run, Rp fan-out); the server's store holds {remembered} of {MessageIds.Capacity:N0}");
        Line(output, $"  threads       thread pool {Before.ThreadPoolThreads} before, {After.ThreadPoolThreads} after; {After.LockContentions - Before.LockContentions:N0} lock contentions in run");
        if (m.Errors.First is { } first)
        {
            Line(output, $"  first error   {first.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>The mix, then one line per kind in it: what it sends, its envelope size and its MessageIDs at the server.</summary>
    private void Workload(TextWriter output)
    {
        Line(output, $"  workload      {Options.Mix}");
        foreach (var kind in Options.Mix.Kinds)
        {
            var bytes = RequestKinds.Build(kind, BenchProfiles.ResourceOf(0), "Bench", TimeProvider.System.GetUtcNow()).Envelope.Length;
            var messageIds = RequestKinds.ServerRequests(kind);
            var fanOut = messageIds > 1 ? string.Create(CultureInfo.InvariantCulture, $"; {messageIds} MessageIDs at the server with the Rp fan-out") : "";
            Line(output, $"    {RequestKinds.Name(kind),-10}  {RequestKinds.Describe(kind)} ({bytes:N0}-byte SOAP 1.1 envelope{fanOut})");
        }
    }

    private static void Latency(TextWriter output, string name, LatencyRecorder latency) =>
        Line(output, $"    {name,-10}  {latency.Count,10:N0} {Ms(latency.PercentileMicroseconds(50)),8:0.00} {Ms(latency.PercentileMicroseconds(90)),8:0.00} {Ms(latency.PercentileMicroseconds(99)),8:0.00} {Ms(latency.MaxMicroseconds),8:0.00}");

    // GC figures are 0 until the first collection: shown as "-" rather than as a measured zero.
    private void Memory(TextWriter output, string name, Func<ProcessSnapshot, long> value) =>
        Line(output, $"    {name,-12}{Mb(value(Idle)),10} {Mb(value(Before)),10} {Mb(value(After)),10}");

    private static double Ms(long microseconds) => microseconds / 1000.0;

    private static string Mb(long bytes) => bytes == 0 ? "-" : (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture);

    private static void Line(TextWriter output, FormattableString text) => output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
