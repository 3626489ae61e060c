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
        using var client = new LoadClient(server.BaseAddress, options.Connections);
        var idle = ProcessSnapshot.Take();
        Console.WriteLine($"Server at {server.BaseAddress}; {options.Connections} connections, mix {options.Mix}, warm-up {options.WarmupSeconds} s, run {options.Seconds} s.");

        var budget = new RequestBudget(options.MaxRequests);
        if (options.Mix.ModifiesOwnResources && !await WorkerResources.CreateAsync(client, options.Mix, options.Connections, budget, cancellationToken))
        {
            return 1;
        }

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

        var messageIds = new MessageIdUse(budget.Taken, server.MessageIdsRemembered, server.MessageIdCapacity);
        Console.WriteLine();
        new LoadReport(options, server.BaseAddress, warmup, measured, idle, before, after, messageIds).Print(Console.Out);
        return measured.Errors.Total == 0 ? 0 : 1;
    }
}
