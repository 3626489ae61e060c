using System.Diagnostics;
using System.Text;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;
using Microsoft.AspNetCore.Http;
using StatusCodes = GupSoap.Contracts.Liberty.StatusCodes;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md R5/R6: a repository answering malformed, oversized, DTD-bearing or foreign XML, a SOAP fault, or
/// nothing at all, is untrusted input. The GUP Server serves what the healthy RAF holds as <c>Partial</c>, names the
/// failed RAF in a <c>DataUnavailable</c> status, and keeps serving.
/// </summary>
[TestClass]
public sealed class RafAnswerAttackTests
{
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Lu = Namespaces.LibertyUtility;

    private static string Envelope(string body) => $"""<?xml version="1.0"?><s:Envelope xmlns:s="{Namespaces.Soap11}"><s:Body>{body}</s:Body></s:Envelope>""";

    private static async Task AssertPartialAsync(Func<HttpContext, Task> answer, params string[] extraArgs)
    {
        await using var fake = await FakeRaf.StartAsync(answer);
        await using var server = await GupServer.StartAsync(["--Gup:Demo:Enabled=false", $"--Gup:Rafs:services:Address={fake.Rp("services")}", .. extraArgs]);
        var resource = SharedServer.NewSubscriber("r6");
        var created = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);

        var answerToQuery = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/"));

        Assert.AreEqual(StatusCodes.Partial, answerToQuery.StatusCode, answerToQuery.Text);
        var failed = answerToQuery.Status.Elements(Lu + "Status").Single();
        Assert.AreEqual(StatusCodes.DataUnavailable, (string?)failed.Attribute("code"));
        Assert.AreEqual("q0", (string?)failed.Attribute("ref"));
        StringAssert.Contains((string?)failed.Attribute("comment"), "RAF 'services'");
        var profile = answerToQuery.Body.Descendants(Gup + "Profile").Single();
        CollectionAssert.AreEqual(new[] { "SubscriberInfo" }, profile.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.IsTrue(fake.Requests > 0, "the fake RAF was asked");
        Assert.DoesNotContain("DOCTYPE", answerToQuery.Text);

        var again = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreEqual(StatusCodes.Ok, again.StatusCode, "the server keeps serving what the healthy RAF holds");
    }

    [TestMethod]
    public Task RafAnswer_MalformedXml_PartialDataUnavailable() =>
        AssertPartialAsync(FakeRaf.Answering("<s:Envelope><unclosed>"));

    [TestMethod]
    public Task RafAnswer_BillionLaughsDtd_PartialWithoutExpansion() =>
        AssertPartialAsync(FakeRaf.Answering("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&lol3;</s:Body></s:Envelope>"""));

    [TestMethod]
    public Task RafAnswer_ExternalEntity_NeverResolved()
    {
        using var listener = new LoopbackListener();
        return AssertXxeAsync(listener);
    }

    private static async Task AssertXxeAsync(LoopbackListener listener)
    {
        await AssertPartialAsync(FakeRaf.Answering($"""<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "{listener.Url("xxe")}">]><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&x;</s:Body></s:Envelope>"""));
        Assert.AreEqual(0, listener.Connections, "the external entity must never be fetched");
    }

    [TestMethod]
    public Task RafAnswer_Oversized_PartialBeforeReadingItAll() =>
        AssertPartialAsync(async http =>
        {
            http.Response.ContentType = "text/xml";
            var chunk = Encoding.UTF8.GetBytes(new string('x', 64 * 1024));
            await http.Response.WriteAsync(Envelope("<rp:ReadDataResponse xmlns:rp=\"urn:3gpp:gup:2006-08:rp\"><lu:Status xmlns:lu=\"urn:liberty:util:2006-08\" code=\"OK\" comment=\""), http.RequestAborted);
            for (var i = 0; i < 200 && !http.RequestAborted.IsCancellationRequested; i++)
            {
                await http.Response.Body.WriteAsync(chunk, http.RequestAborted);
            }
        }, "--Gup:Rp:MaxResponseBytes=1048576");

    [TestMethod]
    public Task RafAnswer_DeeplyNested_Partial() =>
        AssertPartialAsync(FakeRaf.Answering(Envelope(string.Concat(Enumerable.Repeat("<a>", 5000)) + string.Concat(Enumerable.Repeat("</a>", 5000)))));

    [TestMethod]
    public Task RafAnswer_WrongResponseElement_Partial() =>
        AssertPartialAsync(FakeRaf.Answering(Envelope("""<rp:ListDataResponse xmlns:rp="urn:3gpp:gup:2006-08:rp"><lu:Status xmlns:lu="urn:liberty:util:2006-08" code="OK"/></rp:ListDataResponse>""")));

    [TestMethod]
    public Task RafAnswer_UnexpectedContent_Partial() =>
        AssertPartialAsync(FakeRaf.Answering(Envelope("""<rp:ReadDataResponse xmlns:rp="urn:3gpp:gup:2006-08:rp"><lu:Status xmlns:lu="urn:liberty:util:2006-08" code="OK"/><rp:Data itemIDRef="component" version="not-a-number" changeTime="x"/></rp:ReadDataResponse>""")));

    [TestMethod]
    public Task RafAnswer_AnswersAnotherMessage_Partial() =>
        AssertPartialAsync(FakeRaf.Answering($"""<s:Envelope xmlns:s="{Namespaces.Soap11}"><s:Header><wsa:RelatesTo xmlns:wsa="{Namespaces.WsAddressing}">urn:uuid:00000000-0000-0000-0000-000000000000</wsa:RelatesTo></s:Header><s:Body><rp:ReadDataResponse xmlns:rp="urn:3gpp:gup:2006-08:rp"><lu:Status xmlns:lu="urn:liberty:util:2006-08" code="OK"/></rp:ReadDataResponse></s:Body></s:Envelope>"""));

    [TestMethod]
    public Task RafAnswer_NotXmlAtAll_Partial() =>
        AssertPartialAsync(FakeRaf.Answering("upstream proxy error", 502));

    [TestMethod]
    public async Task RafAnswer_MalformedDuringList_PartialWithTheHealthyRafsResources()
    {
        await using var fake = await FakeRaf.StartAsync(FakeRaf.Answering("<s:Envelope><unclosed>"));
        await using var server = await GupServer.StartAsync("--Gup:Demo:Enabled=false", $"--Gup:Rafs:services:Address={fake.Rp("services")}");
        var resource = SharedServer.NewSubscriber("r6-list");
        var created = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);

        var list = await RgText.PostAsync(server.Rg, RgText.List(resource));

        Assert.AreEqual(StatusCodes.Partial, list.StatusCode, list.Text);
        Assert.AreEqual(StatusCodes.DataUnavailable, list.ErrorType);
        StringAssert.Contains((string?)list.Status.Attribute("comment"), "RAF 'services'");
        Assert.AreEqual(resource, list.Body.Descendants(Gup + "ResourceID").Single().Value);
    }

    [TestMethod]
    public async Task RafAnswer_Hangs_PartialWithinTheDeadline()
    {
        var stopwatch = Stopwatch.StartNew();
        await AssertPartialAsync(
            async http => await Task.Delay(Timeout.Infinite, http.RequestAborted),
            "--Gup:Rp:AttemptTimeout=00:00:01", "--Gup:Rp:RequestDeadline=00:00:02");

        // Two queries and setup; each query is bounded by the 1 s attempt timeout, never by the hung RAF.
        Assert.IsLessThan(TimeSpan.FromSeconds(20), stopwatch.Elapsed);
    }
}
