using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>Fault texts point to the fix: what was expected, what is missing, and nothing meant for .NET programmers.</summary>
[TestClass]
public sealed class FaultTextTests
{
    private const string ReadAction = "urn:3gpp:gup:2006-08:rp:ReadData";

    private static Uri Endpoint => SharedServer.Instance.Rp("hss");

    private static string Read => SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/");

    [TestMethod]
    public async Task SoapActionMismatch_NamesTheExpectedAction()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read), soapAction: "urn:3gpp:gup:2006-08:rp:ModifyData");

        Assert.Contains("SOAPAction 'urn:3gpp:gup:2006-08:rp:ModifyData' does not match the Body operation 'ReadData': expected 'urn:3gpp:gup:2006-08:rp:ReadData'", answer.Text);
    }

    [TestMethod]
    public async Task Soap12ActionParameterMismatch_SaysItIsTheContentTypeActionParameter()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope12(Read), soapAction: "urn:3gpp:gup:2006-08:rp:ModifyData", soap12: true);

        Assert.Contains("The Content-Type action parameter 'urn:3gpp:gup:2006-08:rp:ModifyData'", answer.Text);
        Assert.Contains($"expected '{ReadAction}'", answer.Text);
    }

    [TestMethod]
    public async Task WsaActionMismatch_BlamesWsaActionNotSoapAction()
    {
        var headers = SoapMessages.Headers(extra: $"<wsa:Action xmlns:wsa=\"{Namespaces.WsAddressing}\">urn:3gpp:gup:2006-08:rp:ModifyData</wsa:Action>");

        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, headers), soapAction: ReadAction);

        Assert.Contains("wsa:Action 'urn:3gpp:gup:2006-08:rp:ModifyData' does not match the Body operation 'ReadData'", answer.Text);
        Assert.DoesNotContain("SOAPAction", answer.Text);
    }

    [TestMethod]
    public async Task WrongAudience_NamesTheExpectedAudience()
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For(audience: "urn:gupsoap:somebody-else"));

        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SecurityTokens.Headers(token)));

        Assert.Contains("not addressed to this audience", answer.Text);
        Assert.Contains("'urn:gupsoap:raf:hss'", answer.Text);
    }

    [TestMethod]
    public async Task MissingSecurityHeader_SaysTheSecurityHeaderIsMissing()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, SoapMessages.Envelope11(Read, SoapMessages.Headers(security: "")));

        Assert.AreEqual("wsse:InvalidSecurity", answer.FaultCode);
        Assert.Contains("A wsse:Security header is required", answer.Text);
        Assert.DoesNotContain("Stale", answer.Text);
    }

    [TestMethod]
    public async Task Doctype_SaysDtdsAreNotAccepted_WithoutDotNetAdvice()
    {
        var answer = await SoapHttp.PostAsync(Endpoint, "<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ELEMENT s:Envelope ANY>]>" + SoapMessages.Envelope11(Read)[38..]);

        Assert.Contains("DTDs are not accepted", answer.Text);
        Assert.DoesNotContain("DtdProcessing", answer.Text);
        Assert.DoesNotContain("XmlReaderSettings", answer.Text);
    }
}
