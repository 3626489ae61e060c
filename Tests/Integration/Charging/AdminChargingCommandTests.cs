using System.Text.Json;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Charging;

/// <summary>
/// <c>admin charging</c> on the data directory of a server that has stopped: the records it flushed at shutdown are
/// there, filtered by subscriber (the privacy audit), in JSON Lines.
/// </summary>
[TestClass]
public sealed class AdminChargingCommandTests
{
    [TestMethod]
    public async Task AdminCharging_SubscriberAfterTheServerStopped_ItsAccessHistoryAsJsonLines()
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            var resource = SharedServer.NewSubscriber("audit");
            await using (var server = await GupServer.StartInAsync(data, ownsDataDirectory: false))
            {
                var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
                Assert.AreEqual("OK", created.StatusCode, created.Text);
                var queried = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"));
                Assert.AreEqual("OK", queried.StatusCode, queried.Text);
            }

            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await GupSoapCommandLine.RunAsync(["admin", "charging", "--subscriber", resource, "--format", "jsonl", $"--Gup:DataDirectory={data}"], output, error);

            Assert.AreEqual(0, code, error.ToString());
            var records = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
            Assert.IsTrue(records.All(r => r.GetProperty("subscriber").GetString() == resource));
            var atServer = records.Where(r => r.GetProperty("recorder").GetString() == "gup:rg").Select(r => r.GetProperty("operation").GetString()).ToArray();
            CollectionAssert.AreEqual(new[] { "Create", "Query" }, atServer);
            Assert.IsTrue(records.Any(r => r.GetProperty("recorder").GetString() == "raf:hss" && r.GetProperty("operation").GetString() == "ReadData"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task AdminCharging_SinceNotATime_UsageErrorNamingTheOption()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GupSoapCommandLine.RunAsync(["admin", "charging", "--since", "yesterday"], output, error);

        Assert.AreEqual(ExitCodes.Usage, code);
        StringAssert.Contains(error.ToString(), "--since");
    }
}
