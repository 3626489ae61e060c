using System.Net;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Debian's HAProxy terminating TLS in front of two GUP Server processes on one PostgreSQL, the balancer listed in
/// <c>Gup:Hosting:TrustedProxies</c> and the development switch off: requests through the balancer are TLS to the
/// servers, both servers take their share, WSDLs name the balancer's https address, and a plain-HTTP request to a
/// server around the balancer is refused.
/// </summary>
[TestClass]
public sealed class LoadBalancerTests
{
    private const string Alice = "sip:alice@example.org";

    [TestMethod]
    public async Task Haproxy_TerminatingTls_BeforeTwoGupServers_ServesAsTls_AndSplitsTheLoad()
    {
        TestPostgres.Require();
        await using var system = await ScaleOutSystem.StartAsync("--Gup:Hosting:TrustedProxies:0=127.0.0.1", "--Gup:Security:AllowNullBearer=false");
        await using var haproxy = await HaproxyProcess.StartAsync(system.A.BaseAddress, system.B.BaseAddress);
        var rg = new Uri(haproxy.BaseAddress, "gup/rg");
        var resource = SharedServer.NewSubscriber("balanced");
        var created = await SoapHttp.PostAsync(rg, SoapMessages.Envelope11(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()))), client: haproxy.Client);
        Assert.AreEqual("OK", created.StatusCode, created.Text);

        for (var i = 0; i < 4; i++)
        {
            var answer = await SoapHttp.PostAsync(rg, SoapMessages.Envelope11(RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo/sub:DisplayName")), client: haproxy.Client);
            Assert.AreEqual("OK", answer.StatusCode, answer.Text);
            Assert.Contains("Carol", answer.Text);
        }

        foreach (var server in new[] { system.A, system.B })
        {
            var metrics = await haproxy.Client.GetStringAsync(new Uri(server.BaseAddress, "metrics"));
            // Any Rg operation answered OK (the Create or a Query): OpenTelemetry's scope label, then operation, outcome, service.
            Assert.MatchesRegex(@"gupsoap_soap_requests_total\{otel_scope_name=""GupSoap"",operation=""\w+"",outcome=""ok"",service=""gup:rg""\}", metrics,
                $"{server.BaseAddress} served none of the balanced requests");
        }

        var wsdl = await haproxy.Client.GetStringAsync(new Uri(haproxy.BaseAddress, "gup/rg?wsdl"));
        Assert.Contains($"location=\"{haproxy.BaseAddress}gup/rg\"", wsdl);

        var around = await SoapHttp.PostAsync(system.A.Rg, SoapMessages.Envelope11(RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo")));
        Assert.AreEqual("wsse:InvalidSecurity", around.FaultCode, around.Text);
        Assert.DoesNotContain("Carol", around.Text);
        Assert.AreNotEqual(HttpStatusCode.OK, around.Http);
    }
}
