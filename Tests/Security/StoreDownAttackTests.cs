using System.Diagnostics;
using System.Net;
using GupSoap.Tests.Integration.Hosting;
using GupSoap.Tests.Support;
using Npgsql;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md R10: with its database gone, a GUP Server answers a write with a clear, retryable fault quickly rather
/// than hanging, its readiness says it cannot serve, and both recover when the database is back.
/// </summary>
[TestClass]
public sealed class StoreDownAttackTests
{
    /// <summary>The security bound: a client waits no longer than this for the fault (connect timeout 2 s, plus slack for a loaded machine).</summary>
    private static readonly TimeSpan FastFault = TimeSpan.FromSeconds(10);

    [TestMethod]
    public async Task StoreDown_WriteGetsFastFault_AndReadinessReportsIt()
    {
        TestPostgres.Require();
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            var quick = new NpgsqlConnectionStringBuilder(database) { Timeout = 2, CommandTimeout = 3 }.ToString();
            await using var server = await GupServer.StartAsync("--Gup:Store=postgres", $"--ConnectionStrings:Gup={quick}", "--Gup:Demo:Enabled=false");
            var resource = SharedServer.NewSubscriber("store-down");
            var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())));
            Assert.AreEqual("OK", created.StatusCode, created.Text);
            Assert.AreEqual(HttpStatusCode.OK, (await ReadinessTests.ReadyAsync(server.BaseAddress)).Status);

            await TestPostgres.SetReachableAsync(database, reachable: false);
            try
            {
                var clock = Stopwatch.StartNew();
                var write = await RgText.PostAsync(server.Rg, RgText.Modify(resource,
                    RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
                Assert.IsLessThan(FastFault, clock.Elapsed, $"the write was answered after {clock.Elapsed}");
                Assert.AreEqual(HttpStatusCode.ServiceUnavailable, write.Http, write.Text);
                Assert.IsNotNull(write.Fault, write.Text);
                Assert.Contains("DataUnavailable", write.Text);

                clock.Restart();
                var (status, checks, text) = await ReadinessTests.ReadyAsync(server.BaseAddress);
                Assert.IsLessThan(FastFault, clock.Elapsed, $"readiness answered after {clock.Elapsed}");
                Assert.AreEqual(HttpStatusCode.ServiceUnavailable, status, text);
                Assert.IsFalse(checks["replay-cache"].GetProperty("ok").GetBoolean(), text);
                Assert.IsFalse(checks["store:services"].GetProperty("ok").GetBoolean(), text);
                Assert.DoesNotContain("Host=", text, "no connection details in the report");
            }
            finally
            {
                await TestPostgres.SetReachableAsync(database, reachable: true);
            }

            await EndToEnd.ScaleOutTests.WaitUntilAsync(async () => (await ReadinessTests.ReadyAsync(server.BaseAddress)).Status == HttpStatusCode.OK);
            var after = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/gup:Profile/pres:PresenceSettings/pres:Status"));
            Assert.Contains(">open<", after.Text, "the refused write changed nothing");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
