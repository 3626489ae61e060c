using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using GupSoap.Core.Liberty;

namespace GupSoap.Bench;

/// <summary>Entry point: picks the mode (<c>load</c> or <c>micro</c>) and prints the usage text on bad input.</summary>
internal static class Program
{
    private const int UsageExitCode = 2;

    private static readonly string Usage = string.Create(CultureInfo.InvariantCulture, $"""
        GupSoap benchmarks

        usage: dotnet run -c Release --project Bench -- <mode> [options]

        load     Start the embedded GupSoap server in this process (127.0.0.1, ephemeral port, temporary data
                 directory), warm it up, then drive Rp (/raf/hss/rp) and Rg (/gup/rg) requests from concurrent
                 HttpClient workers and print a report.
                   --seconds N       measured duration in seconds (default 20)
                   --warmup N        warm-up in seconds before measuring (default 10; 0 = none)
                   --connections N   concurrent workers, one connection each (default 32)
                   --mix LIST        request kinds, comma-separated, each optionally :weight (default read):
                                       read       Rp ReadData of alice's DisplayName and MSISDN
                                       modify     Rp ModifyData of DisplayName, one SubscriberInfo per worker
                                       rg-query   Rg Query of alice's whole profile (5 components in 2 RAFs)
                                                  and DisplayName: 5 Rp ReadData behind it
                                       rg-item    Rg Query of alice's DisplayName: 1 Rp ReadData behind it
                                       rg-modify  Rg Modify of DisplayName, one SubscriberInfo per worker:
                                                  1 Rp ModifyData behind it
                                     e.g. read | read,modify (equal shares) | read:9,modify:1 | rg-query,rg-modify
                   --max-requests N  SOAP requests the server may receive in the whole run, set-up and warm-up
                                     included, counting the Rp requests the GUP Server sends for each Rg request
                                     (rg-query 6, rg-item and rg-modify 2 each; default {LoadOptions.DefaultMaxRequests}: the server
                                     remembers at most {InMemoryMessageIdStore.DefaultCapacity:N0} MessageIDs for ~6.5 minutes and refuses more)
                 Exit code 0 when every measured request answered HTTP 200 with lu:Status OK, 1 otherwise.

        compare  The ceiling (a trivial Kestrel app answering a fixed SOAP reply) and the GupSoap server, each in its
                 own process on loopback, driven in turn by wrk (apt-get install wrk) with authenticated requests
                 (bearer assertion, fresh MessageID each), then one table: req/s, p50, p99, CPU µs and allocated
                 bytes per request of the process under test, ratio to the ceiling. Workloads: ceiling, rp-read,
                 rg-item, rg-profile, rg-modify (+ rp-read at half its max rate); with --subscribers N also
                 rp-read-random and rg-profile-random at 10,000 and at N subscribers (bulk-provisioned).
                   --seconds N       measured seconds per workload (default 15)
                   --warmup N        warm-up seconds per workload (default 8)
                   --connections N   wrk connections (default 32)
                   --threads N       wrk threads (default 2)
                   --subscribers N   provision N subscribers for the data-size workloads (default 0: none)
                   --data DIR        keep the data-size databases in DIR/10000 and DIR/N and go on from what an
                                     earlier run provisioned there (default: a temporary directory, deleted)
                   --postgres CS     also run the data-size workloads with the server on PostgreSQL (CS: a
                                     maintenance connection string; databases gupsoap_bench_N are created and kept)
                   --only LIST       run only these workloads (comma-separated; the ceiling always runs)
                   --server-env K=V  environment variable for the server process (repeatable)
                   --server-arg ARG  extra configuration argument for the server (repeatable)

        micro    BenchmarkDotNet micro-benchmarks of the SOAP pipeline steps on the same request, of accepting a
                 signed SAML assertion (next to SignedXml and raw RSA), of the SQLite replay cache (1 and 8
                 concurrent callers, on a temporary file) and of the SQLite charging store (groups of 1, 8, 32
                 records); all further arguments go to BenchmarkDotNet (without
                 --filter every benchmark runs; always in process), e.g.
                   micro --filter '*AssertionBenchmarks*' --job short
                   micro --filter '*SafeXml*' --job short
                   micro --list flat

        Bad mode or option: this text and exit code 2.
        """);

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "help" or "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? UsageExitCode : 0;
        }

        return args[0] switch
        {
            "load" => await RunLoadAsync(args[1..]),
            "compare" => await RunCompareAsync(args[1..]),
            "ceiling" => await Compare.CeilingServer.RunAsync(args[1..]),
            "micro" => RunMicro(args[1..]),
            _ => Fail($"Unknown mode '{args[0]}'."),
        };
    }

    private static async Task<int> RunLoadAsync(string[] args)
    {
        var options = LoadOptions.Parse(args, out var error);
        if (options is null)
        {
            return Fail(error!);
        }

        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            // Ctrl+C stops the workers; the server is still shut down and its data directory removed.
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return await LoadDriver.RunAsync(options, cancel.Token);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Cancelled.");
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private static async Task<int> RunCompareAsync(string[] args)
    {
        var options = Compare.CompareOptions.Parse(args, out var error);
        return options is null ? Fail(error!) : await Compare.CompareCommand.RunAsync(options, Console.Out, CancellationToken.None);
    }

    private static int RunMicro(string[] args)
    {
        var hasFilter = args.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal));
        string[] arguments = hasFilter || args.Contains("--list") ? args : [.. args, "--filter", "*"];

        // BenchmarkDotNet's out-of-process toolchain looks for a project named after the assembly (GupSoap.Bench),
        // which Bench/Bench.csproj is not; the in-process toolchain needs no project and measures the same code.
        if (!arguments.Any(a => a is "--inProcess" or "-i"))
        {
            arguments = [.. arguments, "--inProcess"];
        }

        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
        var summaries = BenchmarkSwitcher.FromTypes([typeof(PipelineBenchmarks), typeof(ReplayCacheBenchmarks), typeof(ChargingStoreBenchmarks), typeof(AssertionBenchmarks), typeof(EndToEndBenchmarks)]).Run(arguments, config).ToList();
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }

    private static int Fail(string error)
    {
        Console.Error.WriteLine(error);
        Console.Error.WriteLine();
        Console.Error.WriteLine(Usage);
        return UsageExitCode;
    }
}
