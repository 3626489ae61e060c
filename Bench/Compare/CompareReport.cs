using System.Globalization;
using System.Runtime.InteropServices;

namespace GupSoap.Bench.Compare;

/// <summary>Prints the comparison table: every workload as a ratio to the ceiling measured in the same run.</summary>
internal static class CompareReport
{
    public static void Print(TextWriter output, CompareOptions options, IReadOnlyList<CompareRow> rows, IReadOnlyList<(string What, WrkResult Result)> extra)
    {
        var ceiling = rows.FirstOrDefault(r => r.Workload.OnCeiling)?.Result.RequestsPerSecond;
        output.WriteLine();
        output.WriteLine(Invariant($"GupSoap compare — {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}; wrk -t{options.Threads} -c{options.Connections}, {options.WarmupSeconds} s warm-up + {options.Seconds} s per workload"));
        output.WriteLine();
        output.WriteLine("| workload | req/s | ratio to ceiling | p50 ms | p99 ms | CPU µs/req | alloc B/req | not OK |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            var r = row.Result;
            var ratio = ceiling is > 0 ? (r.RequestsPerSecond / ceiling.Value).ToString("0.000", CultureInfo.InvariantCulture) : "–";
            output.WriteLine(Invariant($"| {row.Label} | {r.RequestsPerSecond:N0} | {ratio} | {r.P50Milliseconds:0.00} | {r.P99Milliseconds:0.00} | {row.CpuMicrosecondsPerRequest:N0} | {row.AllocatedBytesPerRequest:N0} | {r.NotOk + r.SocketErrors:N0} |"));
        }

        foreach (var (what, r) in extra)
        {
            output.WriteLine(Invariant($"| {what} | {r.RequestsPerSecond:N0} | | {r.P50Milliseconds:0.00} | {r.P99Milliseconds:0.00} | | | {r.NotOk + r.SocketErrors:N0} |"));
        }

        output.WriteLine();
        output.WriteLine("CPU µs/req and alloc B/req are the process under test's own (client excluded); not OK = no HTTP 200 with lu:Status OK, or a socket error.");
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
