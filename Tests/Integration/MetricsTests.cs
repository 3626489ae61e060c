using System.Net;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary><c>GET /metrics</c> (ARCHITECTURE "Endpoints"): Prometheus text from OpenTelemetry with requests, latencies, Rp calls per RAF, replay and store latency, security refusals, notifications.</summary>
[TestClass]
public sealed class MetricsTests
{
    [TestMethod]
    public async Task Metrics_AfterRequests_CountsThemByServiceOutcomeAndRefusal()
    {
        await using var server = await GupServer.StartAsync();
        var query = RgText.Query("sip:alice@example.org", "/gup:Profile/pres:PresenceSettings");
        Assert.AreEqual("OK", (await RgText.PostAsync(server.Rg, query)).StatusCode);
        var unsigned = SoapMessages.Headers(token: false);
        Assert.IsNotNull((await RgText.PostAsync(server.Rg, query, unsigned)).Fault);

        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(server.BaseAddress, "metrics"));
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        // OpenTelemetry's Prometheus exporter labels every series with its meter (otel_scope_name), then the tags by name.
        const string Scope = "otel_scope_name=\"GupSoap\",";
        Assert.Contains("# TYPE gupsoap_soap_requests_total counter", text);
        Assert.Contains($"gupsoap_soap_requests_total{{{Scope}operation=\"Query\",outcome=\"ok\",service=\"gup:rg\"}} ", text);
        Assert.Contains($"gupsoap_soap_requests_total{{{Scope}operation=\"ReadData\",outcome=\"ok\",service=\"raf:hss\"}}", text, "the Rg query's Rp calls count at the RAF");
        Assert.Contains($"gupsoap_security_refusals_total{{{Scope}fault=\"FailedAuthentication\",service=\"gup:rg\"}}", text);
        Assert.Contains($"gupsoap_soap_request_seconds_total{{{Scope}service=\"gup:rg\"}}", text);
        Assert.Contains("# TYPE gupsoap_soap_request_duration_seconds histogram", text);
        Assert.Contains($"gupsoap_soap_request_duration_seconds_bucket{{{Scope}operation=\"Query\",service=\"gup:rg\",le=\"+Inf\"}}", text);
        Assert.Contains($"gupsoap_rp_calls_total{{{Scope}operation=\"ReadData\",outcome=\"ok\",raf=\"hss\"}}", text);
        Assert.Contains($"gupsoap_rp_call_duration_seconds_count{{{Scope}raf=\"services\"}}", text);
        Assert.Contains($"gupsoap_replay_check_duration_seconds_count{{{Scope}outcome=\"ok\"}}", text);
        Assert.Contains($"gupsoap_store_duration_seconds_count{{{Scope}kind=\"read\",raf=\"hss\"}}", text);
        Assert.Contains($"gupsoap_notifications_delivered_total{{{Scope}outbox=\"urn:gupsoap:gup-server\"}}", text);
        Assert.Contains($"gupsoap_notifications_given_up_total{{{Scope}outbox=\"urn:gupsoap:raf:hss\"}}", text);
        Assert.Contains("# TYPE gupsoap_notifications_backlog gauge", text);
        Assert.MatchesRegex(@"(?m)^gupsoap_process_cpu_seconds_total\{otel_scope_name=""GupSoap""\} [0-9.eE+-]+$", text, "Bench compare reads CPU time from here");
        Assert.MatchesRegex(@"(?m)^gupsoap_gc_allocated_bytes_total\{otel_scope_name=""GupSoap""\} [0-9]+$", text, "Bench compare reads allocations from here");
    }
}
