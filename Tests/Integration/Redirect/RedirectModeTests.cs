using System.Xml.Linq;
using System.Xml.Schema;
using GupSoap.Contracts;
using GupSoap.Schemas;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Redirect;

/// <summary>
/// Redirect mode (TS 23.240 §4.2.2) over HTTP: when the application indicates it and operator policy chooses it, the
/// GUP Server answers Redirected with one gup:Redirect per RAF, and the application calls the RAF itself with the
/// one-time assertion; without the indication, or when policy or the requestor's rights say no, it proxies.
/// </summary>
[TestClass]
public sealed class RedirectModeTests
{
    private const string Zeep = "urn:gupsoap:app:zeep";
    private static GupServer? _server;

    private static GupServer Server => _server!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported",
            $"--Gup:Redirect:Requestors:0:Id={Zeep}", "--Gup:Redirect:Requestors:0:Mode=WhenPreferred");
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Query_Supported_AnswersRedirectedWithOneRedirectPerRaf()
    {
        var resource = await CreateSubscriberAsync();
        var answer = await QueryBothAsync(resource, "Supported", "/gup:Profile/sub:SubscriberInfo", "/gup:Profile/pres:PresenceSettings/pres:Status");

        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirects = RedirectText.Redirects(answer);
        Assert.HasCount(2, redirects);
        var hss = redirects.Single(r => r.Address == Server.Rp("hss"));
        var services = redirects.Single(r => r.Address == Server.Rp("services"));
        CollectionAssert.AreEqual(new[] { XName.Get("SubscriberInfo", Namespaces.Subscriber) }, hss.ComponentTypes.ToArray());
        CollectionAssert.AreEqual(new[] { XName.Get("PresenceSettings", Namespaces.Presence) }, services.ComponentTypes.ToArray());
        Assert.DoesNotContain("Carol", answer.Text, "A redirected answer carries no profile data.");
    }

    [TestMethod]
    public async Task RedirectAssertion_AtItsRaf_ReadsTheData()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var read = await ReadPresenceAsync(redirect, resource);

        Assert.AreEqual("OK", read.StatusCode, read.Text);
        Assert.Contains(">open</", read.Text, read.Text);
    }

    [TestMethod]
    public async Task RedirectAssertion_Replayed_IsRejected()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);
        Assert.AreEqual("OK", (await ReadPresenceAsync(redirect, resource)).StatusCode);

        var replay = await ReadPresenceAsync(redirect, resource);

        Assert.IsNotNull(replay.Fault, replay.Text);
        Assert.DoesNotContain(">open<", replay.Text, replay.Text);
    }

    [TestMethod]
    public async Task RedirectAssertion_ForAnotherSubscriber_IsRejected()
    {
        var resource = await CreateSubscriberAsync();
        var other = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var answer = await ReadPresenceAsync(redirect, other);

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("UnauthorizedOperation", answer.ErrorType);
        Assert.DoesNotContain("<pres:Status>", answer.Text);
    }

    [TestMethod]
    public async Task RedirectAssertion_ForAnotherComponentType_IsRejected()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var answer = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(
            SoapMessages.Read(resource, "lcs:LcsPrivacy", "/lcs:LcsPrivacy"), RedirectText.Headers(redirect.Assertion)));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("UnauthorizedOperation", answer.ErrorType);
    }

    [TestMethod]
    public async Task RedirectAssertion_ForAnotherOperation_IsRejectedAndNothingChanges()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var answer = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)), RedirectText.Headers(redirect.Assertion)));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("UnauthorizedOperation", answer.ErrorType);
        var proxied = await QueryAsync(resource, null, "/gup:Profile/pres:PresenceSettings/pres:Status");
        Assert.Contains(">open<", proxied.Text);
    }

    [TestMethod]
    public async Task RedirectAssertion_AtAnotherRaf_IsRejected()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var answer = await SoapHttp.PostAsync(Server.Rp("hss"), SoapMessages.Envelope11(
            SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo"), RedirectText.Headers(redirect.Assertion)));

        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.Contains("not addressed to this audience", answer.Text);
        Assert.DoesNotContain("Carol", answer.Text);
    }

    [TestMethod]
    public async Task RedirectAssertion_PresentedByAnotherProvider_IsRejected()
    {
        var resource = await CreateSubscriberAsync();
        var redirect = await RedirectForPresenceAsync(resource);

        var answer = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(
            SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings"), RedirectText.Headers(redirect.Assertion, Zeep)));

        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.DoesNotContain("<pres:Status>", answer.Text);
    }

    [TestMethod]
    public async Task Query_WithoutIndicationOrWithNone_IsProxied()
    {
        var resource = await CreateSubscriberAsync();

        var absent = await QueryAsync(resource, null, "/gup:Profile/pres:PresenceSettings/pres:Status");
        var none = await QueryAsync(resource, "None", "/gup:Profile/pres:PresenceSettings/pres:Status");

        Assert.AreEqual("OK", absent.StatusCode, absent.Text);
        Assert.AreEqual("OK", none.StatusCode, none.Text);
        Assert.Contains(">open<", none.Text);
    }

    [TestMethod]
    public async Task Query_RequestorPolicyWhenPreferred_RedirectsOnlyPreferred()
    {
        var resource = await CreateSubscriberAsync();

        var supported = await QueryAsync(resource, "Supported", "/gup:Profile/pres:PresenceSettings", Zeep);
        var preferred = await QueryAsync(resource, "Preferred", "/gup:Profile/pres:PresenceSettings", Zeep);

        Assert.AreEqual("OK", supported.StatusCode, supported.Text);
        Assert.AreEqual("Redirected", preferred.StatusCode, preferred.Text);
    }

    [TestMethod]
    public async Task Query_DefaultPolicy_NeverRedirects()
    {
        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rg, SoapMessages.Envelope11(
            RedirectText.Indicating(RgText.Query("sip:alice@example.org", "/gup:Profile/pres:PresenceSettings"), "Preferred")));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsEmpty(answer.Body.Descendants(XName.Get("RedirectionData", Namespaces.Gup)));
    }

    [TestMethod]
    public async Task RedirectedResponse_ValidatesAgainstRgXsd()
    {
        var resource = await CreateSubscriberAsync();
        var answer = await QueryAsync(resource, "Supported", "/gup:Profile/pres:PresenceSettings");
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);

        var errors = new List<string>();
        var messages = new List<string>();
        var set = SchemaRegistry.Default.CompileWith(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "wsdl", "rg.xsd")), SchemaRegistry.Default.CreateResolver(), messages);
        new XDocument(new XElement(answer.Body.Elements().Single())).Validate(set, (_, e) => errors.Add(e.Message));

        Assert.IsEmpty(messages, string.Join("; ", messages));
        Assert.IsEmpty(errors, string.Join("\n", errors));
    }

    internal static async Task<string> CreateSubscriberAsync()
    {
        var resource = SharedServer.NewSubscriber("redirect");
        var created = await RgText.PostAsync(Server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    internal static Task<SoapHttp.SoapAnswer> QueryAsync(string resource, string? indication, string select, string sender = TestIdentity.TestProvider)
    {
        var body = RgText.Query(resource, select);
        return SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(indication is null ? body : RedirectText.Indicating(body, indication), SoapMessages.Headers(sender: sender)));
    }

    private static Task<SoapHttp.SoapAnswer> QueryBothAsync(string resource, string indication, string select1, string select2) =>
        SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(RedirectText.Indicating(RgText.Query(resource, select1, select2), indication)));

    private static async Task<RedirectEntry> RedirectForPresenceAsync(string resource)
    {
        var answer = await QueryAsync(resource, "Supported", "/gup:Profile/pres:PresenceSettings");
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        return RedirectText.Redirects(answer).Single();
    }

    private static Task<SoapHttp.SoapAnswer> ReadPresenceAsync(RedirectEntry redirect, string resource) =>
        SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(
            SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings"), RedirectText.Headers(redirect.Assertion)));
}
