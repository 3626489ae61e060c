using System.Net;
using System.Text.Json;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Hosting;

/// <summary><c>GET /healthz/ready</c>: 200 while the replay cache, the stores and the remote RAFs answer; 503 naming what does not.</summary>
[TestClass]
public sealed class ReadinessTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    internal static async Task<(HttpStatusCode Status, Dictionary<string, JsonElement> Checks, string Text)> ReadyAsync(Uri baseAddress)
    {
        using var response = await Http.GetAsync(new Uri(baseAddress, "healthz/ready"));
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.Clone());
        Assert.AreEqual(response.StatusCode == HttpStatusCode.OK ? "ready" : "unready", json.RootElement.GetProperty("status").GetString(), text);
        return (response.StatusCode, checks, text);
    }

    [TestMethod]
    public async Task Ready_EmbeddedDefault_ChecksReplayCacheAndEveryStore()
    {
        var (status, checks, text) = await ReadyAsync(SharedServer.Instance.BaseAddress);

        Assert.AreEqual(HttpStatusCode.OK, status, text);
        CollectionAssert.IsSubsetOf(new[] { "replay-cache", "store:hss", "store:services" }, checks.Keys.ToArray());
        Assert.IsTrue(checks.Values.All(c => c.GetProperty("ok").GetBoolean()), text);
    }

    [TestMethod]
    public async Task Ready_GupServerWithARafDown_IsUnreadyNamingIt()
    {
        var dead = "http://127.0.0.1:1/raf/services/rp";
        await using var server = await GupServer.StartAsync("--role", "gup", $"--Gup:Rafs:hss:Address={SharedServer.Instance.Rp("hss")}", $"--Gup:Rafs:services:Address={dead}");

        var (status, checks, text) = await ReadyAsync(server.BaseAddress);

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, status, text);
        Assert.IsFalse(checks["raf:services"].GetProperty("ok").GetBoolean(), text);
        Assert.IsFalse(string.IsNullOrEmpty(checks["raf:services"].GetProperty("problem").GetString()), text);
        Assert.IsTrue(checks["raf:hss"].GetProperty("ok").GetBoolean(), text);
        Assert.IsTrue(checks["replay-cache"].GetProperty("ok").GetBoolean(), text);
    }
}
