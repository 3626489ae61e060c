using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Graceful shutdown of the real executable: SIGTERM under concurrent multi-RAF writes stops accepting, lets every
/// accepted request finish within <c>Gup:Hosting:ShutdownTimeout</c>, stops the notification dispatchers after their
/// attempts in flight, and exits 0; no request is cut mid-way and every acknowledged write is there after a restart.
/// </summary>
[TestClass]
public sealed class GracefulShutdownTests
{
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(20);

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task SigTerm_UnderLoad_FinishesEveryAcceptedRequestAndLosesNoAcknowledgedWrite()
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            string[] args = ["--Gup:Demo:Enabled=false", $"--Gup:Hosting:ShutdownTimeout={ShutdownTimeout}", $"--Gup:DataDirectory={data}"];
            var load = new MultiRafWriteLoad();
            int answeredAfterSignal;
            await using (var first = await ServerProcess.StartAsync(args))
            {
                using var stop = new CancellationTokenSource();
                var running = load.RunAsync(first.Rg, clients: 8, stop.Token);
                await load.FirstAcknowledged.WaitAsync(TimeSpan.FromSeconds(60));
                // Let the load run a little: requests are in flight on every client when the signal comes.
                await Task.Delay(500, CancellationToken.None);

                var signalled = Stopwatch.GetTimestamp();
                Assert.AreEqual(0, await first.TerminateAsync(TimeSpan.FromSeconds(60)), "SIGTERM ends the process with exit code 0");
                var took = Stopwatch.GetElapsedTime(signalled);
                Assert.IsLessThan(ShutdownTimeout + TimeSpan.FromSeconds(15), took, $"the stop took {took}");
                await stop.CancelAsync();
                await running;
                answeredAfterSignal = load.AnsweredAfter(signalled);

                Assert.IsEmpty(load.Cut, "answers cut mid-way:\n" + string.Join("\n", load.Cut));
                Assert.IsGreaterThan(0, answeredAfterSignal, "no request was in flight at the signal: nothing was shown to finish");
                // The server's own count: every request it was serving when the stop began, or took after, was answered.
                var stopped = Regex.Match(first.Log, @"Stopped: (\d+) requests finished after the stop began were answered, (\d+) cut");
                Assert.IsTrue(stopped.Success, first.Log);
                Assert.AreEqual("0", stopped.Groups[2].Value, "requests cut by the stop: " + stopped.Value);
                Assert.IsGreaterThan(0, int.Parse(stopped.Groups[1].Value, CultureInfo.InvariantCulture), stopped.Value);
                // What got no answer was never being served: its connection was refused or closed idle by the stop.
                TestContext.WriteLine($"unanswered (not served): {load.Unanswered.Count}\n" + string.Join("\n", load.Unanswered.Distinct()));
            }

            await using var second = await ServerProcess.StartAsync(args);
            await CrashConsistencyTests.CheckAsync(second, load.Histories);
            TestContext.WriteLine($"{load.Histories.Count} profiles, {answeredAfterSignal} answers after SIGTERM");
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }
}
