using System.Net;
using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>Envelope-level rules: version, structure, headers, dispatch; each answered by a SOAP fault with lu:Status detail.</summary>
[TestClass]
public sealed class SoapEnvelopeRulesTests
{
    private static Uri Endpoint => SharedServer.Instance.Rp("hss");

    private static string Read => SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/");

    [TestMethod]
    public async Task MissingMessageId_IsFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(messageId: "")));
        Assert.AreEqual("sb:IDStarMsgNotUnderstood", answer.FaultCode);
    }

    [TestMethod]
    public async Task MissingFramework_IsFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(framework: false)));
        Assert.AreEqual("sb:FrameworkVersionMismatch", answer.FaultCode);
    }

    [TestMethod]
    public async Task MissingSender_IsFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(sender: "")));
        Assert.AreEqual("sb:ProviderIDNotValid", answer.FaultCode);
    }

    [TestMethod]
    public async Task DuplicateMessageId_IsDuplicateMsg()
    {
        var headers = SoapMessages.Headers(SoapMessages.NewMessageId());
        var first = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, headers));
        Assert.AreEqual(HttpStatusCode.OK, first.Http);
        var second = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, headers));
        Assert.AreEqual("sb:DuplicateMsg", second.FaultCode);
    }

    [TestMethod]
    public async Task StaleTimestamp_IsStaleMsg_FreshOneIsAccepted()
    {
        var stale = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(timestamp: SoapMessages.Instant(DateTimeOffset.UtcNow.AddHours(-1)))));
        Assert.AreEqual("sb:StaleMsg", stale.FaultCode);
        var fresh = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(timestamp: SoapMessages.Instant(DateTimeOffset.UtcNow))));
        Assert.AreEqual(HttpStatusCode.OK, fresh.Http, fresh.Text);
    }

    [TestMethod]
    public async Task UnknownMustUnderstandHeader_IsMustUnderstandFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read,
            SoapMessages.Headers(extra: $"<x:Unknown xmlns:x=\"urn:x\" xmlns:s=\"{Namespaces.Soap11}\" s:mustUnderstand=\"1\"/>")));
        Assert.AreEqual("s:MustUnderstand", answer.FaultCode);
    }

    [TestMethod]
    public async Task UnknownOperation_IsFaultNamingIt()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11("<rp:Explode/>"));
        Assert.IsNotNull(answer.Fault);
        Assert.Contains("Explode", answer.Text);
        Assert.AreEqual("InvalidOperation", answer.ErrorType);
    }

    [TestMethod]
    public async Task UnexpectedBodyContent_IsInvalidMessage()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read.Replace("</rp:ReadData>", "<rp:Surprise/></rp:ReadData>", StringComparison.Ordinal)));
        Assert.IsNotNull(answer.Fault);
        Assert.Contains("Surprise", answer.Text);
    }

    [TestMethod]
    public async Task Soap12EnvelopeSentAsSoap11_IsVersionMismatch()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(Read));
        Assert.AreEqual("s:VersionMismatch", answer.FaultCode);
    }

    [TestMethod]
    public async Task Soap12Fault_HasCodeSubcodeReasonAndDetail()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(Read, SoapMessages.Headers(messageId: "")), soap12: true);
        // SOAP 1.2 Part 2 §7.5.1.2: a Sender fault is 400 Bad Request.
        Assert.AreEqual(HttpStatusCode.BadRequest, answer.Http);
        var values = answer.Fault!.Descendants().Where(e => e.Name.LocalName == "Value").Select(e => e.Value).ToArray();
        CollectionAssert.AreEqual(new[] { "s:Sender", "sb:IDStarMsgNotUnderstood" }, values);
        Assert.AreEqual("Failed", answer.StatusCode);
    }

    [TestMethod]
    public async Task Soap11SenderFault_IsHttp500()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(messageId: "")));
        Assert.AreEqual("sb:IDStarMsgNotUnderstood", answer.FaultCode);
        Assert.AreEqual(HttpStatusCode.InternalServerError, answer.Http, "SOAP 1.1 §6.2: every fault is 500");
    }

    [TestMethod]
    public async Task Soap12ReceiverFault_IsHttp500()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(Read, SoapMessages.Headers(
            extra: $"<sb:ProcessingContext xmlns:sb=\"{Namespaces.SoapBinding}\">urn:example:unknown-context</sb:ProcessingContext>")), soap12: true);
        var values = answer.Fault!.Descendants().Where(e => e.Name.LocalName == "Value").Select(e => e.Value).ToArray();
        CollectionAssert.AreEqual(new[] { "s:Receiver", "sb:ProcCtxURINotUnderstood" }, values);
        Assert.AreEqual(HttpStatusCode.InternalServerError, answer.Http, "SOAP 1.2 Part 2 §7.5.1.2: a Receiver fault is 500");
    }

    [TestMethod]
    public async Task Soap12SecurityFault_IsHttp400()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(Read, SoapMessages.Headers(token: false)), soap12: true);
        Assert.StartsWith("wsse:", answer.Fault!.Descendants().Where(e => e.Name.LocalName == "Value").Select(e => e.Value).Last());
        Assert.AreEqual(HttpStatusCode.BadRequest, answer.Http);
    }

    [TestMethod]
    public async Task WrongMediaType_Gets415Fault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read), tweak: r => r.Content!.Headers.ContentType = new("application/json"));
        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, answer.Http);
        Assert.IsNotNull(answer.Fault);
    }

    [TestMethod]
    public async Task EmptyBodyOrTwoOperations_IsMalformed()
    {
        Assert.IsNotNull((await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(""))).Fault);
        Assert.IsNotNull((await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read + Read))).Fault);
    }

    [TestMethod]
    public async Task WsaActionContradictingBody_IsFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read,
            SoapMessages.Headers(extra: $"<wsa:Action xmlns:wsa=\"{Namespaces.WsAddressing}\">{RpOperations.Action(RpOperations.DeleteComponent)}</wsa:Action>")));
        Assert.Contains("does not match", answer.Text);
    }
}
