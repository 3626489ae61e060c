using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>SECURITY.md P1–P14 against a live RAF endpoint: each hostile body gets a fault, fast, and the server keeps serving.</summary>
[TestClass]
public sealed class ParserAttackTests
{
    private static readonly string ReadAction = RpOperations.Action(RpOperations.ReadData);

    private static Uri Endpoint => SharedServer.Instance.Rp("hss");

    private static string ValidBody => SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName");

    [TestMethod]
    public async Task Doctype_IsRejectedBeforeProcessing()
    {
        var envelope = "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ELEMENT s:Envelope ANY>]>" + SoapMessages.Envelope11(ValidBody)[38..];
        await AssertRejectedAsync(envelope);
    }

    [TestMethod]
    public async Task XxeFileAndHttp_AreNeverRead()
    {
        using var listener = new LoopbackListener();
        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY f SYSTEM \"file:///etc/passwd\"><!ENTITY h SYSTEM \"{listener.Url()}\">]>"
            + SoapMessages.Envelope11(SoapMessages.Read("&f;&h;", "sub:SubscriberInfo", "/sub:SubscriberInfo"))[38..];
        var answer = await AssertRejectedAsync(envelope);
        Assert.DoesNotContain("root:", answer.Text);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task ParameterEntityOutOfBand_MakesNoConnection()
    {
        using var listener = new LoopbackListener();
        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY % p SYSTEM \"{listener.Url("oob.dtd")}\"> %p;]>"
            + SoapMessages.Envelope11(ValidBody)[38..];
        await AssertRejectedAsync(envelope);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task SchemaLocation_IsNeverFetched()
    {
        using var listener = new LoopbackListener();
        var body = ValidBody.Replace("<rp:ReadData>", $"<rp:ReadData xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:3gpp:gup:2006-08:rp {listener.Url("rp.xsd")}\">", StringComparison.Ordinal);
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(body), ReadAction);
        Assert.AreEqual(HttpStatusCode.OK, answer.Http);
        Assert.AreEqual("OK", answer.StatusCode);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task BillionLaughs_IsRejectedInMilliseconds()
    {
        var entities = new StringBuilder("<!ENTITY l0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        }

        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [{entities}]>" + SoapMessages.Envelope11(SoapMessages.Read("&l9;", "sub:SubscriberInfo", "/sub:SubscriberInfo"))[38..];
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await AssertRejectedAsync(envelope);
        Assert.IsLessThan(ParserReachAttackTests.EntityBound, clock.Elapsed, $"took {clock.Elapsed}");
    }

    [TestMethod]
    public async Task QuadraticBlowup_IsRejected()
    {
        var big = new string('a', 50_000);
        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY a \"{big}\">]>"
            + SoapMessages.Envelope11(SoapMessages.Read(string.Concat(Enumerable.Repeat("&a;", 5_000)), "sub:SubscriberInfo", "/sub:SubscriberInfo"))[38..];
        await AssertRejectedAsync(envelope);
    }

    [TestMethod]
    public async Task XInclude_IsNeverExpanded()
    {
        var resource = SharedServer.NewSubscriber("xinclude");
        var data = "<sub:SubscriberInfo><sub:DisplayName><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/></sub:DisplayName><sub:Language>en</sub:Language></sub:SubscriberInfo>";
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", data)));
        Assert.AreEqual("Failed", answer.StatusCode);
        Assert.AreEqual("InvalidData", answer.Detail);
        Assert.DoesNotContain("root:", answer.Text);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task ProcessingInstruction_IsRejected()
    {
        var envelope = "<?xml version=\"1.0\"?><?xml-stylesheet type=\"text/xsl\" href=\"http://127.0.0.1:1/x.xsl\"?>" + SoapMessages.Envelope11(ValidBody)[38..];
        await AssertRejectedAsync(envelope);
        await AssertRejectedAsync(SoapMessages.Envelope11(ValidBody.Replace("<rp:ReadItem", "<?evil data?><rp:ReadItem", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task DeepNesting_IsRejectedWhileStreaming()
    {
        var depth = 10_000;
        var body = string.Concat(Enumerable.Repeat("<a>", depth)) + string.Concat(Enumerable.Repeat("</a>", depth));
        await AssertRejectedAsync(SoapMessages.Envelope11(body));
    }

    [TestMethod]
    public async Task ManyAttributes_AreCapped()
    {
        var attributes = string.Concat(Enumerable.Range(0, 5_000).Select(i => $" a{i}=\"x\""));
        await AssertRejectedAsync(SoapMessages.Envelope11($"<rp:ReadData{attributes}/>"));
    }

    [TestMethod]
    public async Task OverlongNames_AreCapped()
    {
        var name = new string('n', 100_000);
        await AssertRejectedAsync(SoapMessages.Envelope11($"<{name}/>"));
    }

    [TestMethod]
    public async Task HugeText_IsCapped()
    {
        var text = new string('t', 600_000);
        await AssertRejectedAsync(SoapMessages.Envelope11(SoapMessages.Read(text, "sub:SubscriberInfo", "/sub:SubscriberInfo")));
    }

    [TestMethod]
    public async Task ManyNamespaces_AreCapped()
    {
        var declarations = string.Concat(Enumerable.Range(0, 2_000).Select(i => $" xmlns:p{i}=\"urn:x:{i}\""));
        await AssertRejectedAsync(SoapMessages.Envelope11($"<rp:ReadData{declarations}/>"));
    }

    [TestMethod]
    public async Task BodyOverLimit_Gets413()
    {
        var text = new string('t', 1_100_000);
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(SoapMessages.Read(text, "sub:SubscriberInfo", "/")), ReadAction);
        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, answer.Http);
        Assert.IsNotNull(answer.Fault);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task GzipBomb_IsRefusedUnread()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[20_000_000]);
        }

        var answer = await SoapHttp.PostAsync(Endpoint, "", ReadAction, tweak: request =>
        {
            request.Content = new ByteArrayContent(compressed.ToArray());
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
            request.Content.Headers.ContentEncoding.Add("gzip");
        });
        Assert.AreEqual(HttpStatusCode.UnsupportedMediaType, answer.Http);
        Assert.IsNotNull(answer.Fault);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task InvalidCharacters_AreRejected()
    {
        await AssertRejectedAsync(SoapMessages.Envelope11(SoapMessages.Read("sip:a&#x1;@example.org", "sub:SubscriberInfo", "/")));
    }

    [TestMethod]
    public async Task InvalidEncoding_IsRejected()
    {
        var bytes = Encoding.UTF8.GetBytes(SoapMessages.Envelope11(SoapMessages.Read("sip:X@example.org", "sub:SubscriberInfo", "/")));
        var index = Array.IndexOf(bytes, (byte)'X');
        bytes[index] = 0xC3; // a lone lead byte: not UTF-8
        var answer = await SoapHttp.PostAsync(Endpoint, "", ReadAction, tweak: request =>
        {
            request.Content = new ByteArrayContent(bytes);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        });
        Assert.IsNotNull(answer.Fault);
        Assert.AreNotEqual(HttpStatusCode.OK, answer.Http);
        await AssertStillServesAsync();
    }

    [TestMethod]
    public async Task SoapActionMismatch_IsAFault()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(ValidBody), RpOperations.Action(RpOperations.DeleteComponent));
        Assert.IsNotNull(answer.Fault);
        Assert.Contains("does not match", answer.Text);
        var soap12 = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(ValidBody), RpOperations.Action(RpOperations.DeleteComponent), soap12: true);
        Assert.IsNotNull(soap12.Fault);
        await AssertStillServesAsync();
    }

    private static async Task<SoapHttp.SoapAnswer> AssertRejectedAsync(string envelope)
    {
        // A legitimate client is served while the attack is being handled, and again afterwards.
        var attack = SoapHttp.PostAsync(Endpoint, envelope, ReadAction);
        var bystander = AssertStillServesAsync();
        await Task.WhenAll(attack, bystander);
        var answer = await attack;
        Assert.AreNotEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.IsNotNull(answer.Fault, "expected a SOAP fault: " + answer.Text);
        Assert.AreEqual("Failed", answer.StatusCode);
        Assert.DoesNotContain(" at GupSoap", answer.Text, "no stack traces");
        await AssertStillServesAsync();
        return answer;
    }

    internal static async Task AssertStillServesAsync()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(ValidBody), ReadAction);
        Assert.AreEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.AreEqual("OK", answer.StatusCode);
    }
}
