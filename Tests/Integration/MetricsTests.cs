using System.Net;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary><c>GET /metrics</c> (ARCHITECTURE "Endpoints"): Prometheus text with requests, security refusals, notifications.</summary>
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
        Assert.Contains("# TYPE gupsoap_soap_requests_total counter", text);
        Assert.Contains("gupsoap_soap_requests_total{outcome=\"ok\",service=\"gup:rg\"}", text);
        Assert.Contains("gupsoap_soap_requests_total{outcome=\"ok\",service=\"raf:hss\"}", text, "the Rg query's Rp calls count at the RAF");
        Assert.Contains("gupsoap_security_refusals_total{fault=\"FailedAuthentication\",service=\"gup:rg\"}", text);
        Assert.Contains("gupsoap_soap_request_seconds_total{service=\"gup:rg\"}", text);
        Assert.Contains("gupsoap_notifications_delivered_total{outbox=\"urn:gupsoap:gup-server\"}", text);
        Assert.Contains("gupsoap_notifications_given_up_total{outbox=\"urn:gupsoap:raf:hss\"}", text);
    }
}
