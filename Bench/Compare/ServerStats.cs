using System.Globalization;
using System.Text.RegularExpressions;

namespace GupSoap.Bench.Compare;

/// <summary>CPU time and allocated bytes of a process under test, read over HTTP (the server's /metrics, the ceiling's /stats).</summary>
internal readonly record struct ServerStats(double CpuSeconds, long AllocatedBytes)
{
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public static async Task<ServerStats> ReadAsync(Uri baseAddress, bool ceiling)
    {
        if (ceiling)
        {
            var parts = (await Client.GetStringAsync(new Uri(baseAddress, "stats"))).Split(' ');
            return new ServerStats(double.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        var metrics = await Client.GetStringAsync(new Uri(baseAddress, "metrics"));
        return new ServerStats(Value(metrics, "gupsoap_process_cpu_seconds_total"), (long)Value(metrics, "gupsoap_gc_allocated_bytes_total"));
    }

    private static double Value(string metrics, string name) =>
        // One sample line: the name, labels if any (OpenTelemetry adds its scope's), the value, a timestamp if any.
        Regex.Match(metrics, "^" + name + @"(?:\{[^}]*\})? ([0-9.eE+-]+)(?: [0-9]+)?\r?$", RegexOptions.Multiline) is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException($"/metrics has no {name}.");
}
