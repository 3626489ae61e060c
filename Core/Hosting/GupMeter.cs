using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GupSoap.Core.Hosting;

/// <summary>
/// The process's metrics (ARCHITECTURE "/metrics", exported by OpenTelemetry as Prometheus text and over OTLP): SOAP
/// requests by service, operation and outcome with their latency, Rp calls per RAF, replay-cache and store latency,
/// security and rate-limit refusals; the notification dispatchers add theirs as observable instruments.
/// Every recording passes its tags as separate values (no array per measurement).
/// </summary>
public static class GupMeter
{
    public const string Name = "GupSoap";

    public static readonly Meter Meter = new(Name);

    /// <summary>Bucket bounds in seconds for every latency histogram: sub-millisecond SQLite reads up to request deadlines.</summary>
    private static readonly InstrumentAdvice<double> Latency = new()
    {
        HistogramBucketBoundaries = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    public static readonly Counter<long> SoapRequests = Meter.CreateCounter<long>("gupsoap_soap_requests_total", description: "SOAP requests answered, by service, operation and outcome (ok, fault).");

    public static readonly Counter<double> SoapSeconds = Meter.CreateCounter<double>("gupsoap_soap_request_seconds_total", description: "Time spent answering SOAP requests, by service.");

    public static readonly Histogram<double> SoapDuration = Meter.CreateHistogram("gupsoap_soap_request_duration_seconds", "s",
        "Latency of answered SOAP requests, by service and operation.", tags: null, advice: Latency);

    /// <summary>Counts one answered request of <paramref name="service"/> and its time, whatever carried it (HTTP or in process).</summary>
    /// <param name="operation">A known operation's name (never the caller's text: it becomes a label); <c>unknown</c> when refused before one was found.</param>
    public static void RecordRequest(string service, string operation, bool ok, long startedTimestamp)
    {
        var seconds = Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds;
        var name = new KeyValuePair<string, object?>("service", service);
        var op = new KeyValuePair<string, object?>("operation", operation);
        SoapRequests.Add(1, name, op, new("outcome", ok ? "ok" : "fault"));
        SoapSeconds.Add(seconds, name);
        SoapDuration.Record(seconds, name, op);
    }

    /// <summary>As <see cref="RecordRequest(string, string, bool, long)"/> for a caller that does not know the operation.</summary>
    public static void RecordRequest(string service, bool ok, long startedTimestamp) => RecordRequest(service, "unknown", ok, startedTimestamp);

    public static readonly Counter<long> RpCalls = Meter.CreateCounter<long>("gupsoap_rp_calls_total",
        description: "Rp calls of the GUP Server, by RAF, operation and outcome (ok, failed: the RAF answered a failure, error: no usable answer, timeout).");

    public static readonly Histogram<double> RpDuration = Meter.CreateHistogram("gupsoap_rp_call_duration_seconds", "s",
        "Latency of Rp calls of the GUP Server, by RAF.", tags: null, advice: Latency);

    /// <summary>Counts one Rp call to <paramref name="raf"/> and its time.</summary>
    public static void RecordRpCall(string raf, string operation, string outcome, long startedTimestamp)
    {
        var name = new KeyValuePair<string, object?>("raf", raf);
        RpCalls.Add(1, name, new("operation", operation), new("outcome", outcome));
        RpDuration.Record(Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, name);
    }

    public static readonly Histogram<double> ReplayCheckDuration = Meter.CreateHistogram("gupsoap_replay_check_duration_seconds", "s",
        "Latency of the replay cache's check-and-insert, by outcome (ok, error).", tags: null, advice: Latency);

    public static readonly Histogram<double> StoreDuration = Meter.CreateHistogram("gupsoap_store_duration_seconds", "s",
        "Time in a RAF's component store (a write includes its transaction), by RAF and kind (read, list, write).", tags: null, advice: Latency);

    public static readonly Counter<long> LoadControlRefusals = Meter.CreateCounter<long>("gupsoap_load_control_refusals_total",
        description: "Requests refused or Rp calls failed by load control, by service and limit.");

    /// <summary>Counts one request of <paramref name="service"/> refused by the limit named <paramref name="limit"/> (a configured policy name, not caller text).</summary>
    public static void RecordRateLimited(string service, string limit) =>
        LoadControlRefusals.Add(1, new KeyValuePair<string, object?>("service", service), new("limit", limit));

    public static readonly Counter<long> WriteIntentsRecovered = Meter.CreateCounter<long>("gupsoap_write_intents_recovered_total", description: "Unfinished multi-repository writes rolled back by recovery, by operation.");

    public static readonly Counter<long> WriteIntentsPostponed = Meter.CreateCounter<long>("gupsoap_write_intents_postponed_total", description: "Recoveries postponed because a RAF did not answer, by operation.");

    public static readonly ObservableCounter<double> ProcessCpuSeconds = Meter.CreateObservableCounter("gupsoap_process_cpu_seconds_total",
        () => Environment.CpuUsage.TotalTime.TotalSeconds, description: "CPU time this process has used (user and system).");

    public static readonly ObservableCounter<long> AllocatedBytes = Meter.CreateObservableCounter("gupsoap_gc_allocated_bytes_total",
        () => GC.GetTotalAllocatedBytes(precise: false), description: "Bytes allocated on the managed heap since the process started.");

    public static readonly Counter<long> SecurityRefusals = Meter.CreateCounter<long>("gupsoap_security_refusals_total", description: "Requests refused by the security step, by service and WSS fault.");
}
