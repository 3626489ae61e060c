using System.Text.Json;
using GupSoap.Core.Charging;
using GupSoap.Server.Tooling;
using GupSoap.Tests.EndToEnd.Interop;

namespace GupSoap.Tests.Unit.Charging;

/// <summary>
/// <c>admin charging</c>'s two formats parsed back by parsers that are not ours (Python's csv module, System.Text.Json):
/// every field survives, including commas, quotes and line breaks in ids and a leading formula character.
/// </summary>
[TestClass]
public sealed class ChargingExportTests
{
    private static readonly ChargingRecord[] Records =
    [
        ChargingStoreTests.Record(0),
        ChargingStoreTests.Record(1, "sip:\"odd, name\"\n@example.org", application: "=cmd", correlation: "c2") with { BytesIn = null, BytesOut = 77, Limit = null, Rafs = [] },
    ];

    private static async IAsyncEnumerable<ChargingRecord> Source()
    {
        foreach (var record in Records)
        {
            await Task.Yield();
            yield return record;
        }
    }

    [TestMethod]
    public async Task WriteAsync_Csv_ParsedBackByAnRfc4180Reader()
    {
        using var text = new StringWriter();
        Assert.AreEqual(2, await ChargingExport.WriteAsync(Source(), "csv", text, CancellationToken.None));
        var file = Path.Combine(Path.GetTempPath(), $"charging-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, text.ToString());
        try
        {
            var run = await ExternalTool.RunAsync("/usr/bin/python3", "python3",
                ["-c", "import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1], newline='')))))", file], CancellationToken.None);
            Assert.AreEqual(0, run.ExitCode, run.Output);
            using var parsed = JsonDocument.Parse(run.StandardOutput);
            var rows = parsed.RootElement.EnumerateArray().ToArray();
            Assert.HasCount(2, rows);
            CollectionAssert.AreEqual(ChargingExport.CsvColumns, rows[0].EnumerateObject().Select(p => p.Name).ToArray());
            Assert.AreEqual("2026-12-01T08:00:00.000Z", rows[0].GetProperty("time").GetString());
            Assert.AreEqual("hss:1:c1 services:0:c1", rows[0].GetProperty("rafs").GetString());
            Assert.AreEqual("{urn:test:sub}SubscriberInfo {urn:test:pres}PresenceSettings", rows[0].GetProperty("component_types").GetString());
            Assert.AreEqual("DataUnavailable/TimeOut", rows[0].GetProperty("status_detail").GetString());
            Assert.AreEqual("1234", rows[0].GetProperty("bytes_in").GetString());
            Assert.AreEqual("proxy", rows[0].GetProperty("mode").GetString());
            Assert.AreEqual(Records[1].Subscriber, rows[1].GetProperty("subscriber").GetString());
            // A spreadsheet would run "=cmd" as a formula: the export neutralises it.
            Assert.AreEqual("'=cmd", rows[1].GetProperty("application").GetString());
            Assert.AreEqual("", rows[1].GetProperty("bytes_in").GetString());
            Assert.AreEqual("77", rows[1].GetProperty("bytes_out").GetString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestMethod]
    public async Task WriteAsync_JsonLines_EachLineParsesBackToItsRecord()
    {
        using var text = new StringWriter();
        await ChargingExport.WriteAsync(Source(), "jsonl", text, CancellationToken.None);

        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.HasCount(2, lines);
        for (var i = 0; i < lines.Length; i++)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var root = json.RootElement;
            var record = Records[i];
            Assert.AreEqual(record.Time, DateTimeOffset.Parse(root.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
            Assert.AreEqual(record.CorrelationId, root.GetProperty("correlationId").GetString());
            Assert.AreEqual(record.Subscriber, root.GetProperty("subscriber").GetString());
            Assert.AreEqual(record.ApplicationId, root.GetProperty("application").GetString());
            Assert.AreEqual(record.Hplmn, root.GetProperty("hplmn").GetBoolean());
            Assert.AreEqual(record.Outcome, root.GetProperty("outcome").GetString());
            Assert.AreEqual(record.Limit, root.GetProperty("limit").GetString());
            Assert.AreEqual(record.BytesIn, root.GetProperty("bytesIn").ValueKind == JsonValueKind.Null ? null : root.GetProperty("bytesIn").GetInt64());
            CollectionAssert.AreEqual(record.ComponentTypes.ToArray(), root.GetProperty("componentTypes").EnumerateArray().Select(t => t.GetString()).ToArray());
            CollectionAssert.AreEqual(record.Rafs.ToArray(), root.GetProperty("rafs").EnumerateArray()
                .Select(h => new ChargingRafHop(h.GetProperty("raf").GetString()!, h.GetProperty("producesCharging").GetBoolean(), h.GetProperty("correlationId").GetString()!)).ToArray());
        }
    }
}
