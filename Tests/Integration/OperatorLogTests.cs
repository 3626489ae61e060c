using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GupSoap.Tests.Support;
using Microsoft.Extensions.Logging;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Logs and health an operator can use: every refusal logged once at Warning with its reason code, MessageID, peer and
/// service, and no profile content; a start-up log naming metrics, directories, trusted issuers and RAF addresses; and
/// <c>/healthz</c> of a GUP Server saying which remote RAFs answer.
/// </summary>
[TestClass]
public sealed class OperatorLogTests
{
    private const string Secret = "SecretDisplayNameNeverLogged";
    private static readonly HttpClient Http = new();

    [TestMethod]
    public async Task EveryRefusal_IsLoggedOnceAtWarning_WithReasonCodeMessageIdPeerAndService()
    {
        using var logs = new LogCapture();
        await using var server = await GupServer.StartLoggingToAsync(logs, "--Gup:Demo:Enabled=false");
        var rp = server.Rp("hss");
        var modify = SoapMessages.Modify("sip:alice@example.org", "sub:SubscriberInfo", SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", $"<sub:DisplayName>{Secret}</sub:DisplayName>", overwrite: true));
        var ids = new Dictionary<string, string>();
        string Id(string refusal) => ids[refusal] = SoapMessages.NewMessageId();

        await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(modify, SoapMessages.Headers(Id("stale"), timestamp: SoapMessages.Instant(DateTimeOffset.UtcNow.AddHours(-1)))));
        await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(modify, SoapMessages.Headers(Id("security"), token: false)));
        await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(modify, SoapMessages.Headers(Id("action-mismatch"))), soapAction: "urn:3gpp:gup:2006-08:rp:ReadData");
        var duplicate = SoapMessages.Headers(Id("duplicate"));
        var first = await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), duplicate));
        await SoapHttp.PostAsync(rp, SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), duplicate));
        await SoapHttp.PostAsync(rp, $"<!DOCTYPE x [<!ENTITY e '{Secret}'>]>" + SoapMessages.Envelope11(modify).Replace("<?xml version=\"1.0\" encoding=\"utf-8\"?>", "", StringComparison.Ordinal));
        using (var large = new StringContent(SoapMessages.Envelope11(SoapMessages.Read(new string('t', 1_200_000), "sub:SubscriberInfo", "/")), Encoding.UTF8))
        {
            large.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
            using var answer = await Http.PostAsync(rp, large);
            Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
        }

        Assert.IsNull(first.Fault, first.Text);
        var endpoint = logs.Lines.Where(l => l.Category == "GupSoap.Core.Soap.SoapEndpoint").ToList();
        Assert.IsEmpty(endpoint.Where(l => l.Level < LogLevel.Warning), "refusals are not logged a second time below Warning");
        Assert.IsTrue(endpoint.All(l => l.Level == LogLevel.Warning && l.Value("Service") == "raf:hss" && l.Value("Peer")!.StartsWith("127.0.0.1:", StringComparison.Ordinal)),
            string.Join("\n", endpoint.Select(l => l.Message)));
        foreach (var (refusal, messageId) in ids)
        {
            var lines = endpoint.Where(l => l.Value("MessageId") == messageId).ToList();
            Assert.HasCount(1, lines, refusal);
            Assert.AreEqual(refusal, lines[0].Value("Refusal"));
        }

        Assert.HasCount(1, endpoint.Where(l => l.Value("Refusal") == "malformed" && l.Message.Contains("DTDs are not accepted", StringComparison.Ordinal)));
        Assert.HasCount(1, endpoint.Where(l => l.Value("Refusal") == "too-large" && l.Value("HttpStatus") == "413"));
        Assert.HasCount(ids.Count + 2, endpoint);
        Assert.IsEmpty(logs.Lines.Where(l => l.Message.Contains(Secret, StringComparison.Ordinal)), "no profile content in any log line");
    }

    [TestMethod]
    public async Task StartupLog_NamesMetricsDirectoriesTrustedIssuersAndRafs()
    {
        using var logs = new LogCapture();
        await using var server = await GupServer.StartLoggingToAsync(logs, "--Logging:LogLevel:Default=Information", "--Gup:Demo:Enabled=false");

        await logs.WaitForAsync(l => l.Message.StartsWith("RAF services (", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var text = string.Join("\n", logs.Lines.Where(l => l.Category == "GupSoap.Server").Select(l => l.Message));

        Assert.Contains($"metrics (Prometheus) at {server.BaseAddress.AbsoluteUri.TrimEnd('/')}/metrics", text);
        Assert.Contains($"Data directory {server.DataDirectory}", text);
        Assert.Contains("keys in ", text);
        Assert.Contains($"Trusted issuer {TestIdentity.IdpEntityId} (HPLMN True", text);
        Assert.Contains("RAF hss (urn:gupsoap:raf:hss) holding SubscriberInfo, AuthorizationRules is reached at this process", text);
    }

    [TestMethod]
    public async Task Healthz_OfAGupServer_ListsItsRemoteRafsAndWhetherTheyAnswer()
    {
        var dead = "http://127.0.0.1:1/raf/services/rp";
        await using var server = await GupServer.StartAsync("--role", "gup",
            $"--Gup:Rafs:hss:Address={SharedServer.Instance.Rp("hss")}", $"--Gup:Rafs:services:Address={dead}");

        using var health = JsonDocument.Parse(await Http.GetStringAsync(new Uri(server.BaseAddress, "healthz")));
        var root = health.RootElement;

        Assert.AreEqual("degraded", root.GetProperty("status").GetString());
        Assert.AreEqual("gup", root.GetProperty("role").GetString());
        Assert.AreEqual(0, root.GetProperty("rafs").GetArrayLength(), "the existing field stays: the RAFs this process runs");
        var remote = root.GetProperty("remoteRafs").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.IsTrue(remote["hss"].GetProperty("answers").GetBoolean());
        Assert.AreEqual(SharedServer.Instance.Rp("hss").AbsoluteUri, remote["hss"].GetProperty("address").GetString());
        Assert.IsFalse(remote["services"].GetProperty("answers").GetBoolean());
        Assert.AreEqual(dead, remote["services"].GetProperty("address").GetString());
        Assert.IsFalse(string.IsNullOrEmpty(remote["services"].GetProperty("problem").GetString()));
    }

    [TestMethod]
    public async Task Healthz_OfTheEmbeddedDefault_HasNoRemoteRafs()
    {
        var json = await Http.GetStringAsync(new Uri(SharedServer.Instance.BaseAddress, "healthz"));

        Assert.DoesNotContain("remoteRafs", json);
        Assert.Contains("\"status\":\"ok\"", json);
    }
}
