using System.Diagnostics;

namespace GupSoap.Bench;

/// <summary>
/// The <c>load</c> mode: starts the embedded server, creates the mixed workload's resources, warms up, measures,
/// prints the report. Exit code 0 when every measured request succeeded, 1 otherwise.
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(LoadOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        Console.WriteLine("Starting the embedded GupSoap server ...");
        await using var server = await EmbeddedServer.StartAsync();
        using var client = new RpClient(server.Rp("hss"), options.Connections);
        var idle = ProcessSnapshot.Take();
        Console.WriteLine($"Server at {server.BaseAddress}; {options.Connections} connections, mix {options.Mix}, warm-up {options.WarmupSeconds} s, run {options.Seconds} s.");

        if (options.Mix.HasModify && !await CreateResourcesAsync(client, options.Connections, cancellationToken))
        {
            return 1;
        }

        var budget = new RequestBudget(options.MaxRequests);
        PhaseResult? warmup = null;
        if (options.WarmupSeconds > 0)
        {
            warmup = await LoadPhase.RunAsync("warm-up", TimeSpan.FromSeconds(options.WarmupSeconds), options, client, budget, cancellationToken);
        }

        // Start from a collected heap so "before" shows what stays alive, not leftovers of the warm-up.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = ProcessSnapshot.Take();
        var measured = await LoadPhase.RunAsync("run", TimeSpan.FromSeconds(options.Seconds), options, client, budget, cancellationToken);
        var after = ProcessSnapshot.Take();

        var readBytes = RpRequests.ReadData(RpRequests.NewMessageId(), TimeProvider.System.GetUtcNow()).Envelope.Length;
        Console.WriteLine();
        new LoadReport(options, client.Endpoint, readBytes, warmup, measured, idle, before, after).Print(Console.Out);
        return measured.Errors.Total == 0 ? 0 : 1;
    }

    /// <summary>One SubscriberInfo per worker, so that concurrent overwrites never touch the same component.</summary>
    private static async Task<bool> CreateResourcesAsync(RpClient client, int workers, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var i = 0; i < workers; i++)
        {
            var request = RpRequests.CreateSubscriberInfo(LoadWorker.ResourceOf(i), "Bench", RpRequests.NewMessageId(), TimeProvider.System.GetUtcNow());
            var answer = await client.SendAsync(request, cancellationToken);
            if (!answer.IsOk)
            {
                await Console.Error.WriteLineAsync($"Creating {LoadWorker.ResourceOf(i)} failed: {answer.Detail}");
                return false;
            }
        }

        Console.WriteLine($"Created {workers} SubscriberInfo components for ModifyData in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms.");
        return true;
    }
}
