using System.Diagnostics;
using System.Globalization;

namespace GupSoap.Bench;

/// <summary>Prints a phase's running totals every five seconds until it is stopped.</summary>
internal static class ProgressPrinter
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(string phase, LoadCounters counters, long startedTimestamp, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        long lastRequests = 0;
        var lastElapsed = TimeSpan.Zero;
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var elapsed = Stopwatch.GetElapsedTime(startedTimestamp);
                var requests = counters.Requests;
                var rate = (requests - lastRequests) / (elapsed - lastElapsed).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  [{phase} {elapsed.TotalSeconds,5:0.0} s] {requests,10:N0} requests, {counters.Errors:N0} errors, {rate,8:N0} req/s over the last {Interval.TotalSeconds:0} s"));
                (lastRequests, lastElapsed) = (requests, elapsed);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The phase is over.
        }
    }
}
