using System.Diagnostics;
using System.Net;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Tests.Support;
using Npgsql;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// The database failing under the servers (SECURITY.md R10): a PostgreSQL restart mid-load and an exhausted
/// connection pool. While the database cannot answer, requests get a clear fault fast and nothing is served
/// unauthenticated or unrecorded; afterwards the servers recover by themselves, nothing acknowledged is lost and pending
/// notifications are delivered. Not run in parallel: the restart takes the shared test cluster down.
/// </summary>
[TestClass]
[DoNotParallelize]
public sealed class PostgresFaultTests
{
    private const string ControlVariable = "GUPSOAP_TEST_POSTGRES_CTL";
    private static readonly TimeSpan FastFault = TimeSpan.FromSeconds(10);

    private static string Presence(string note) =>
        $"<pres:PresenceSettings><pres:Status>open</pres:Status><pres:Note>{note}</pres:Note></pres:PresenceSettings>";

    private static Task<SoapHttp.SoapAnswer> SetNoteAsync(Uri rg, string resource, string note) =>
        RgText.PostAsync(rg, RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Note", $"<pres:Note>{note}</pres:Note>", overwrite: true)));

    [TestMethod]
    public async Task PostgresRestart_MidLoad_FastFaultsWhileDown_RecoversAndLosesNothing()
    {
        TestPostgres.Require();
        var control = Environment.GetEnvironmentVariable(ControlVariable) is { Length: > 0 } path
            ? path
            : throw new AssertInconclusiveException($"{ControlVariable} is not set: the test cannot restart PostgreSQL (.ci/run sets it).");
        await using var listener = await CallbackListener.StartAsync();
        await using var system = await ScaleOutSystem.StartAsync("--Gup:Notifications:BaseBackoff=00:00:00.200", "--Gup:Notifications:MaxBackoff=00:00:01",
            "--Gup:Notifications:MaxAttempts=1000");
        var resource = SharedServer.NewSubscriber("pg-restart");
        Assert.AreEqual("OK", (await RgText.PostAsync(system.A.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", Presence("n0"))))).StatusCode);
        var subscribed = await RgText.PostAsync(system.A.Rg, SubscriptionFlowTests.Subscribe(resource, listener.Url("app"), null, "/gup:Profile/pres:PresenceSettings/pres:Note"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);
        // The application is unreachable for now: its notifications stay pending in the outbox across the restart.
        listener.Default = CallbackAnswer.Fault;
        for (var i = 1; i <= 3; i++)
        {
            Assert.AreEqual("OK", (await SetNoteAsync(system.B.Rg, resource, $"note-{i}")).StatusCode);
        }

        await ControlAsync(control, "stop", "-m", "fast");
        try
        {
            foreach (var server in new[] { system.A, system.B })
            {
                var clock = Stopwatch.StartNew();
                var refused = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/"));
                Assert.IsLessThan(FastFault, clock.Elapsed, $"answered after {clock.Elapsed}");
                Assert.AreEqual(HttpStatusCode.ServiceUnavailable, refused.Http, refused.Text);
                Assert.DoesNotContain("Carol", refused.Text, "nothing is served while the replay check cannot answer");
            }

            var rp = await SoapHttp.PostAsync(system.Hss.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo")));
            Assert.AreEqual(HttpStatusCode.ServiceUnavailable, rp.Http, rp.Text);
            Assert.DoesNotContain("Carol", rp.Text);
        }
        finally
        {
            await ControlAsync(control, "start");
        }

        foreach (var server in new[] { system.A, system.B })
        {
            await ScaleOutTests.WaitUntilAsync(async () => (await RgText.PostAsync(server.Rg, RgText.Query(resource, "/"))).Http == HttpStatusCode.OK, seconds: 60);
        }

        for (var i = 4; i <= 6; i++)
        {
            Assert.AreEqual("OK", (await SetNoteAsync(system.A.Rg, resource, $"note-{i}")).StatusCode);
        }

        var stored = await RgText.PostAsync(system.B.Rg, RgText.Query(resource, "/gup:Profile/pres:PresenceSettings/pres:Note"));
        Assert.Contains("note-6<", stored.Text);
        listener.Default = CallbackAnswer.Accept;
        for (var i = 1; i <= 6; i++)
        {
            var note = $"note-{i}<";
            await ScaleOutTests.WaitUntilAsync(() => Task.FromResult(listener.Received.Any(r => r.Body.Contains(note, StringComparison.Ordinal))), seconds: 60);
        }
    }

    [TestMethod]
    public async Task ConnectionPoolExhausted_RequestsAnswerAClearFault_NotAHang()
    {
        TestPostgres.Require();
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var small = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 2, Timeout = 2, CommandTimeout = 3 }.ToString();
            await using var server = await GupServer.StartAsync("--Gup:Store=postgres", $"--ConnectionStrings:Gup={small}", "--Gup:Demo:Enabled=false");
            Assert.AreEqual(HttpStatusCode.OK, (await RgText.PostAsync(server.Rg, RgText.Query("sip:nobody@example.org", "/"))).Http);

            // Every request records its MessageID; with the table locked, each holds a pooled connection until its
            // statement times out, and the requests behind them wait for the pool in vain.
            await using var blocker = new PostgresDatabase(database);
            await using var connection = await blocker.OpenAsync(CancellationToken.None);
            await using var lockTransaction = await connection.BeginTransactionAsync();
            await PostgresSql.ExecuteAsync(connection, lockTransaction, "LOCK TABLE gup.replay IN ACCESS EXCLUSIVE MODE", CancellationToken.None);

            var clock = Stopwatch.StartNew();
            var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => RgText.PostAsync(server.Rg, RgText.Query("sip:nobody@example.org", "/"))));
            clock.Stop();

            Assert.IsLessThan(FastFault, clock.Elapsed, $"answered after {clock.Elapsed}");
            foreach (var answer in answers)
            {
                Assert.AreEqual(HttpStatusCode.ServiceUnavailable, answer.Http, answer.Text);
                Assert.Contains("DataUnavailable", answer.Text, "lu:Status Failed/DataUnavailable in the fault detail");
            }

            await lockTransaction.RollbackAsync();
            await ScaleOutTests.WaitUntilAsync(async () => (await RgText.PostAsync(server.Rg, RgText.Query("sip:nobody@example.org", "/"))).Http == HttpStatusCode.OK);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static async Task ControlAsync(string control, params string[] arguments)
    {
        var start = new ProcessStartInfo(control) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.AreEqual(0, process.ExitCode, $"pg_ctl {string.Join(' ', arguments)}: {output}");
    }
}
