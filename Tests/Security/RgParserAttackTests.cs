using System.Net;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md P1, P5, P9, P11, P14 at the Rg endpoint: the GUP Server's entry point refuses what the RAF's does,
/// before any repository is asked, and keeps serving a legitimate Query meanwhile and afterwards.
/// </summary>
[TestClass]
public sealed class RgParserAttackTests
{
    private static readonly string QueryAction = RgOperations.Action(RgOperations.Query);

    private static Uri Endpoint => SharedServer.Instance.Rg;

    private static string ValidQuery => RgText.Query("sip:alice@example.org", "/sub:SubscriberInfo/sub:DisplayName");

    [TestMethod]
    public Task Doctype_IsRefusedAtRg() =>
        AssertRejectedAsync(SoapMessages.Envelope11(ValidQuery).Replace("<s:Envelope", """<!DOCTYPE s [<!ENTITY x "x">]><s:Envelope""", StringComparison.Ordinal));

    [TestMethod]
    public Task BillionLaughs_IsRefusedAtRgInMilliseconds() =>
        AssertRejectedAsync("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>&lol3;</s:Body></s:Envelope>""");

    [TestMethod]
    public Task DeepNesting_IsRefusedAtRg() =>
        AssertRejectedAsync(SoapMessages.Envelope11($"<rg:Query>{string.Concat(Enumerable.Repeat("<x>", 200))}{string.Concat(Enumerable.Repeat("</x>", 200))}</rg:Query>"));

    [TestMethod]
    public async Task BodyOverLimit_Gets413AtRg()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(RgText.Query(new string('t', 1_100_000), "/")), QueryAction);

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, answer.Http);
        Assert.IsNotNull(answer.Fault);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task SoapActionMismatch_IsAFaultAtRg()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(ValidQuery), RgOperations.Action(RgOperations.Delete));

        Assert.IsNotNull(answer.Fault);
        Assert.Contains("does not match", answer.Text);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task RpOperationSentToRg_IsAFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo")));

        Assert.IsNotNull(answer.Fault, answer.Text);
        await AssertStillServesAsync();
    }

    private static async Task AssertRejectedAsync(string envelope)
    {
        var attack = SoapHttp.PostAsync(Endpoint, envelope, QueryAction);
        var bystander = AssertStillServesAsync();
        await Task.WhenAll(attack, bystander);
        var answer = await attack;

        Assert.AreNotEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.IsNotNull(answer.Fault, "expected a SOAP fault: " + answer.Text);
        Assert.AreEqual(StatusCodes.Failed, answer.StatusCode);
        Assert.DoesNotContain(" at GupSoap", answer.Text, "no stack traces");
        Assert.DoesNotContain("lollol", answer.Text, "no entity expanded");
        await AssertStillServesAsync();
    }

    private static async Task AssertStillServesAsync()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(ValidQuery), QueryAction);
        Assert.AreEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
    }
}
