using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md R1: many more concurrent clients than the server's cores can serve, for a sustained while, against the
/// real executable: its memory stays bounded, and every request is answered — served, or refused with an explicit
/// SOAP fault (503) — never left to time out or cut.
/// </summary>
[TestClass]
public sealed class OverloadAttackTests
{
    /// <summary>Clients at once: on the 2-core machine the Rg knee is reached with a handful; this is many times that.</summary>
    private const int Clients = 64;

    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(10);

    /// <summary>The client's patience: an answer later than this counts as a timeout (the security property, not a benchmark).</summary>
    private static readonly TimeSpan ClientTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How much the server's resident memory may grow under the load: bounded, whatever the backlog.</summary>
    private const long MaxGrowthBytes = 512L * 1024 * 1024;

    [TestMethod]
    public async Task SustainedOverload_MemoryBoundedAndEveryRequestAnsweredOrShedWithAFault()
    {
        await using var server = await ServerProcess.StartAsync();
        using var process = Process.GetProcessById(server.ProcessId);
        using var http = new HttpClient { Timeout = ClientTimeout };
        // A fresh envelope each time: every request has its own MessageID (a repeat would be refused as a replay).
        static string Query() => SoapMessages.Envelope11(RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreEqual("OK", (await SoapHttp.PostAsync(server.Rg, Query(), client: http)).StatusCode, "warm-up");
        process.Refresh();
        var baseline = process.WorkingSet64;
        var peak = baseline;

        var outcomes = new ConcurrentDictionary<string, int>();
        using var stop = new CancellationTokenSource(Duration);
        var clients = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                outcomes.AddOrUpdate(await OneAsync(http, server.Rg, Query()), 1, (_, n) => n + 1);
            }
        })).ToArray();
        while (!Task.WhenAll(clients).IsCompleted)
        {
            process.Refresh();
            peak = Math.Max(peak, process.WorkingSet64);
            await Task.WhenAny(Task.WhenAll(clients), Task.Delay(200));
        }

        await Task.WhenAll(clients);
        var summary = string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key}: {o.Value}"));
        Assert.IsTrue(outcomes.Keys.All(k => k is "served" or "shed with a fault"), summary);
        Assert.IsGreaterThan(0, outcomes.GetValueOrDefault("served"), summary);
        Assert.IsLessThan(MaxGrowthBytes, peak - baseline, $"resident memory grew from {baseline / 1048576} MB to {peak / 1048576} MB ({summary})");
        Assert.AreEqual("OK", (await SoapHttp.PostAsync(server.Rg, Query(), client: http)).StatusCode, "the server still serves after the load");
    }

    private static async Task<string> OneAsync(HttpClient http, Uri rg, string query)
    {
        try
        {
            var answer = await SoapHttp.PostAsync(rg, query, client: http);
            return answer.Http switch
            {
                HttpStatusCode.OK when answer.StatusCode == "OK" => "served",
                HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests when answer.Fault is not null => "shed with a fault",
                _ => $"HTTP {(int)answer.Http}",
            };
        }
        catch (TaskCanceledException)
        {
            return "timed out";
        }
        catch (HttpRequestException ex)
        {
            return "connection failed: " + ex.HttpRequestError;
        }
    }
}
