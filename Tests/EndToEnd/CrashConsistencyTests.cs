using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;
using Microsoft.Data.Sqlite;
using static GupSoap.Tests.Support.MultiRafWriteLoad;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// SECURITY.md R7 and TS 23.240 §4.3.9 across process deaths: concurrent Creates and Deletes spanning both RAFs, the
/// server killed (SIGKILL) or stopped (SIGTERM) while they are in flight and restarted on the same data directory.
/// After recovery every profile is fully present or fully absent, at both RAFs and through Rg; nothing acknowledged
/// is lost; a retried Create of an absent one succeeds.
/// </summary>
[TestClass]
public sealed class CrashConsistencyTests
{
    // Short deadlines keep the write-intent leases (and so the wait for recovery) short.
    private static readonly string[] Options = ["--Gup:Demo:Enabled=false", "--Gup:Rp:RequestDeadline=00:00:02", "--Gup:Rp:AttemptTimeout=00:00:01", "--Gup:Rg:RecoveryInterval=00:00:00.500"];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task KillNine_DuringMultiRafWrites_EveryProfileAllOrNothingAfterRecovery()
    {
        var pendingAtRestart = 0;
        foreach (var killAfter in new[] { 150, 500, 1100 })
        {
            pendingAtRestart += await CrashAndRecoverAsync(killAfter, graceful: false);
        }

        // The kill points must have caught writes in flight, or recovery was never exercised.
        Assert.IsGreaterThan(0, pendingAtRestart, "no write was in flight at any kill point");
    }

    [TestMethod]
    public async Task SigTerm_DuringMultiRafWrites_InFlightWritesFinishAndNothingIsLeftUndecided()
    {
        foreach (var stopAfter in new[] { 200, 800 })
        {
            Assert.AreEqual(0, await CrashAndRecoverAsync(stopAfter, graceful: true), "a graceful stop leaves no write undecided");
        }
    }

    /// <summary>One run: load (the stop comes that long after its first acknowledged write), crash or stop, restart, wait for recovery, check. Returns the intents undecided at the restart.</summary>
    private async Task<int> CrashAndRecoverAsync(int stopAfterMilliseconds, bool graceful)
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            string[] args = [.. Options, $"--Gup:DataDirectory={data}"];
            var load = new MultiRafWriteLoad();
            await using (var first = await ServerProcess.StartAsync(args))
            {
                using var stop = new CancellationTokenSource();
                var running = load.RunAsync(first.Rg, clients: 6, stop.Token);
                await load.FirstAcknowledged.WaitAsync(TimeSpan.FromSeconds(60));
                await Task.Delay(stopAfterMilliseconds, CancellationToken.None);
                if (graceful)
                {
                    Assert.AreEqual(0, await first.TerminateAsync(TimeSpan.FromSeconds(60)), "SIGTERM ends the process cleanly");
                }
                else
                {
                    await first.KillAsync();
                }

                await stop.CancelAsync();
                await running;
            }

            var pending = await PendingIntentsAsync(data);
            await using var second = await ServerProcess.StartAsync([.. args]);
            await WaitForRecoveryAsync(data);
            if (pending > 0)
            {
                StringAssert.Contains(second.Log, "Recovered an unfinished", "recovery says what it did");
            }

            await CheckAsync(second, load.Histories);
            TestContext.WriteLine($"{(graceful ? "SIGTERM" : "SIGKILL")} after {stopAfterMilliseconds} ms: {load.Histories.Count} profiles, " +
                $"{load.Histories.Count(h => h.Expected is null)} unanswered, {pending} write(s) undecided at restart");
            return pending;
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    /// <summary>Every profile all or nothing at both RAFs and through Rg, as its history says; an absent one can be created again.</summary>
    internal static async Task CheckAsync(ServerProcess server, IReadOnlyCollection<History> histories)
    {
        Assert.IsTrue(histories.Any(h => h.Create == Outcome.Ok), "the load acknowledged no write before the stop");
        foreach (var history in histories)
        {
            var info = await PresentAsync(server, "hss", "sub:SubscriberInfo", history.Resource);
            var presence = await PresentAsync(server, "services", "pres:PresenceSettings", history.Resource);
            Assert.AreEqual(info, presence, $"{history.Resource} is half there (create {history.Create}, delete {history.Delete})");
            if (history.Expected is { } expected)
            {
                Assert.AreEqual(expected, info, $"{history.Resource}: an acknowledged write was lost (create {history.Create}, delete {history.Delete})");
            }

            var query = await RgText.PostAsync(server.Rg, RgText.Query(history.Resource, "/"));
            Assert.AreEqual(info ? StatusCodes.Ok : StatusCodes.Failed, query.StatusCode, query.Text);
            if (!info)
            {
                var retried = await RgText.PostAsync(server.Rg, RgText.Create(history.Resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
                Assert.AreEqual(StatusCodes.Ok, retried.StatusCode, retried.Text);
            }
        }
    }

    private static async Task<bool> PresentAsync(ServerProcess server, string raf, string type, string resource)
    {
        var read = await SoapHttp.PostAsync(server.Rp(raf), SoapMessages.Envelope11(SoapMessages.Read(resource, type, "/" + type)));
        Assert.IsTrue(read.StatusCode == StatusCodes.Ok || read.Detail == StatusCodes.DoesNotExist, read.Text);
        return read.StatusCode == StatusCodes.Ok;
    }

    private static async Task WaitForRecoveryAsync(string data)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await PendingIntentsAsync(data) > 0)
        {
            await Task.Delay(200, deadline.Token);
        }
    }

    /// <summary>The undecided write intents in the journal, read straight from the file (it may be in use by the server).</summary>
    private static async Task<int> PendingIntentsAsync(string data)
    {
        var path = Path.Combine(data, "gup-locations.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM write_intents";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
