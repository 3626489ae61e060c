using System.Diagnostics.Metrics;
using GupSoap.Core.Hosting;

namespace GupSoap.Server.LoadControl;

/// <summary>The load-control refusals, counted by service and limit (the one place load control touches metrics).</summary>
internal static class LoadControlMetrics
{
    private static readonly Counter<long> Refusals = GupMeter.Meter.CreateCounter<long>("gupsoap_load_control_refusals_total",
        description: "Requests refused or Rp calls failed by load control, by service and limit.");

    public static void Refused(string service, string limit) => Refusals.Add(1, new("service", service), new("limit", limit));
}
