using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>SECURITY.md X1–X5 through a live RAF: hostile data references get InvalidSelect (or match nothing), never reach other data.</summary>
[TestClass]
public sealed class DataReferenceAttackTests
{
    private static readonly XNamespace Rp = Namespaces.Rp;

    [TestMethod]
    public async Task XpathInjectionLiteral_IsComparedLiterally()
    {
        var answer = await SoapHttp.RpAsync("services", SoapMessages.Read("sip:alice@example.org", "pres:PresenceSettings",
            "/pres:PresenceSettings/pres:Device[@id=\"x' or '1'='1\"]"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsFalse(answer.Body.Descendants(Rp + "Data").Single().HasElements, "the literal must match nothing");

        var unquoted = await SoapHttp.RpAsync("services", SoapMessages.Read("sip:alice@example.org", "pres:PresenceSettings",
            "/pres:PresenceSettings/pres:Device[@id='x' or '1'='1']"));
        Assert.AreEqual("InvalidSelect", unquoted.Detail, unquoted.Text);
    }

    [TestMethod]
    [DataRow("//sub:MSISDN")]
    [DataRow("/sub:SubscriberInfo//sub:MSISDN")]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN[count(//*)>0]")]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN | /sub:SubscriberInfo/sub:DisplayName")]
    [DataRow("/sub:SubscriberInfo/descendant::sub:MSISDN")]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN[$v]")]
    [DataRow("/sub:SubscriberInfo/sub:MSISDN[1][2]")]
    public async Task ExpensiveExpressions_AreInvalidSelect(string select)
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", select.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)));
        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.AreEqual("InvalidSelect", answer.Detail);
    }

    [TestMethod]
    [DataRow("/sub:SubscriberInfo/..", DisplayName = "parent step")]
    [DataRow("/gup:Profile/sub:SubscriberInfo/../pres:PresenceSettings", DisplayName = "parent then another component")]
    [DataRow("/pres:PresenceSettings/pres:Status", DisplayName = "another component type than requested")]
    [DataRow("/gup:Profile[@resourceID='sip:bob@example.org']/sub:SubscriberInfo", DisplayName = "another subscriber's profile")]
    public async Task EscapingTheComponent_IsInvalidSelect(string select)
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", select));
        Assert.AreEqual("InvalidSelect", answer.Detail, answer.Text);
        Assert.DoesNotContain("Bob", answer.Text);
    }

    [TestMethod]
    public async Task EscapingTheComponent_InModify_WritesNothing()
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Modify("sip:alice@example.org", "sub:SubscriberInfo",
            SoapMessages.Modification("/gup:Profile/sub:SubscriberInfo/../sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Owned</sub:DisplayName>", overwrite: true)));
        Assert.AreEqual("InvalidSelect", answer.Detail, answer.Text);
        var read = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreNotEqual("Owned", read.Body.Descendants(XName.Get("DisplayName", Namespaces.Subscriber)).Single().Value);
    }

    [TestMethod]
    public async Task OverLengthAndTooManySteps_AreInvalidSelect()
    {
        var tooLong = "/sub:SubscriberInfo/sub:" + new string('a', 600);
        var tooDeep = "/sub:SubscriberInfo" + string.Concat(Enumerable.Repeat("/sub:x", 16));
        foreach (var select in new[] { tooLong, tooDeep })
        {
            var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", select));
            Assert.AreEqual("InvalidSelect", answer.Detail, answer.Text);
            Assert.IsLessThan(400, ((string?)answer.Status.Attribute("comment"))?.Length ?? 0, "the comment must not echo the whole input");
        }
    }

    [TestMethod]
    public async Task UnknownPrefix_IsInvalidSelect()
    {
        var answer = await SoapHttp.RpAsync("hss", SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/evil:SubscriberInfo/evil:DisplayName"));
        Assert.AreEqual("InvalidSelect", answer.Detail, answer.Text);
        Assert.Contains("evil", (string?)answer.Status.Attribute("comment") ?? "");
    }

    [TestMethod]
    public async Task InScopeBinding_WinsOverWellKnownPrefix()
    {
        // 'sub' rebound in scope to another namespace: the reference then names a different component type.
        var body = SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo")
            .Replace("<rp:Select>", "<rp:Select xmlns:sub=\"urn:example:other\">", StringComparison.Ordinal);
        var answer = await SoapHttp.RpAsync("hss", body);
        Assert.AreEqual("InvalidSelect", answer.Detail, answer.Text);
    }
}
