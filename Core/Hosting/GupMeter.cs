using System.Diagnostics.Metrics;

namespace GupSoap.Core.Hosting;

/// <summary>
/// The process's metrics (ARCHITECTURE "/metrics"): SOAP requests by service and outcome with their time, security
/// refusals by WSS fault; the notification dispatchers add their counters as observable instruments.
/// </summary>
public static class GupMeter
{
    public const string Name = "GupSoap";

    public static readonly Meter Meter = new(Name);

    public static readonly Counter<long> SoapRequests = Meter.CreateCounter<long>("gupsoap_soap_requests_total", description: "SOAP requests answered, by service and outcome (ok, fault).");

    public static readonly Counter<double> SoapSeconds = Meter.CreateCounter<double>("gupsoap_soap_request_seconds_total", description: "Time spent answering SOAP requests, by service.");

    /// <summary>Counts one answered request of <paramref name="service"/> and its time, whatever carried it (HTTP or in process).</summary>
    public static void RecordRequest(string service, bool ok, long startedTimestamp)
    {
        var name = new KeyValuePair<string, object?>("service", service);
        SoapRequests.Add(1, name, new("outcome", ok ? "ok" : "fault"));
        SoapSeconds.Add(System.Diagnostics.Stopwatch.GetElapsedTime(startedTimestamp).TotalSeconds, name);
    }

    public static readonly Counter<long> WriteIntentsRecovered = Meter.CreateCounter<long>("gupsoap_write_intents_recovered_total", description: "Unfinished multi-repository writes rolled back by recovery, by operation.");

    public static readonly Counter<long> WriteIntentsPostponed = Meter.CreateCounter<long>("gupsoap_write_intents_postponed_total", description: "Recoveries postponed because a RAF did not answer, by operation.");

    public static readonly ObservableCounter<double> ProcessCpuSeconds = Meter.CreateObservableCounter("gupsoap_process_cpu_seconds_total",
        () => Environment.CpuUsage.TotalTime.TotalSeconds, description: "CPU time this process has used (user and system).");

    public static readonly ObservableCounter<long> AllocatedBytes = Meter.CreateObservableCounter("gupsoap_gc_allocated_bytes_total",
        () => GC.GetTotalAllocatedBytes(precise: false), description: "Bytes allocated on the managed heap since the process started.");

    public static readonly Counter<long> SecurityRefusals = Meter.CreateCounter<long>("gupsoap_security_refusals_total", description: "Requests refused by the security step, by service and WSS fault.");
}
