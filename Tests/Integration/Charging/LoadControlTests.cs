using System.Net;
using System.Text;
using GupSoap.Core.Charging;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Charging;

/// <summary>
/// Load control end to end (TS 23.240 §4.1.4, §4.2.1): a subscriber's bucket of three requests that does not refill
/// within the test; the fourth request is refused with 503, Retry-After and a fault naming the limit, applies
/// nothing, is counted in the metrics and recorded in the charging records.
/// </summary>
[TestClass]
public sealed class LoadControlTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static GupServer? _server;

    private static GupServer Server => _server!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync("--Gup:Limits:PerSubscriber:TokenLimit=3", "--Gup:Limits:PerSubscriber:TokensPerPeriod=1",
            "--Gup:Limits:PerSubscriber:ReplenishmentPeriod=01:00:00", "--Gup:Limits:Operations:Create:MaxNewDataBytes=400");
    }

    [ClassCleanup]
    public static async Task StopAsync() => await _server!.DisposeAsync();

    private static async Task<(HttpResponseMessage Response, string Text)> PostAsync(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Server.Rg) { Content = new StringContent(SoapMessages.Envelope11(body), Encoding.UTF8, "text/xml") };
        var response = await Http.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Modify_SubscriberOverItsRate_503WithRetryAfterNothingWrittenCountedAndRecorded()
    {
        var resource = SharedServer.NewSubscriber("limited");
        var (created, createdText) = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Before"))));
        Assert.AreEqual(HttpStatusCode.OK, created.StatusCode, createdText);
        for (var i = 0; i < 2; i++)
        {
            var (queried, text) = await PostAsync(RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"));
            Assert.AreEqual(HttpStatusCode.OK, queried.StatusCode, text);
        }

        var (limited, limitedText) = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m1", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>After</sub:DisplayName>", overwrite: true)));

        Assert.AreEqual(HttpStatusCode.ServiceUnavailable, limited.StatusCode, limitedText);
        Assert.IsTrue(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        StringAssert.Contains(limitedText, "per-subscriber");
        StringAssert.Contains(limitedText, "retry after");
        var atRaf = await SoapHttp.PostAsync(Server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")));
        StringAssert.Contains(atRaf.Text, ">Before<");
        Assert.DoesNotContain(">After<", atRaf.Text);
        StringAssert.Contains(await Http.GetStringAsync(new Uri(Server.BaseAddress, "metrics")), "gupsoap_load_control_refusals_total{otel_scope_name=\"GupSoap\",limit=\"per-subscriber\",service=\"gup:rg\"}");
        var record = (await ChargingRecordsSuite.RecordsAsync(Server, new ChargingQuery { Subscriber = resource })).Single(r => r.Operation == "Modify");
        Assert.AreEqual("per-subscriber", record.Limit);
        Assert.AreEqual("Fault", record.Outcome);
        Assert.IsEmpty(record.Rafs);
    }

    [TestMethod]
    public async Task Create_NewDataOverTheOperationsSizeLimit_ClientFaultNamingTheLimitAndNothingCreated()
    {
        var resource = SharedServer.NewSubscriber("too-large");

        var (refused, text) = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo(new string('x', 500)))));

        Assert.AreEqual(HttpStatusCode.InternalServerError, refused.StatusCode, text);
        StringAssert.Contains(text, "max-newdata-bytes:Create");
        var atRaf = await SoapHttp.PostAsync(Server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo")));
        Assert.DoesNotContain("xxxxx", atRaf.Text);
        Assert.AreEqual("max-newdata-bytes:Create", (await ChargingRecordsSuite.RecordsAsync(Server, new ChargingQuery { Subscriber = resource })).Single(r => r.Recorder == "gup:rg").Limit);
    }
}
