using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Redirect;

/// <summary>
/// Who gets redirected (SECURITY.md A7, A8; TS 23.240 §4.2.1.4): only a requestor certainly permitted on every whole
/// component concerned; a partly permitted one is proxied and filtered, a stranger sees what it would see for a
/// profile that does not exist, and a RAF holding the subscriber's rules still applies them to the assertion.
/// </summary>
[TestClass]
public sealed class RedirectAccessTests
{
    private const string Alice = "sip:alice@example.org";
    private const string DemoApplication = "urn:gupsoap:app:demo";
    private const string Stranger = "urn:gupsoap:app:stranger";
    private static GupServer? _server;

    private static GupServer Server => _server!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported");
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
    public async Task WholeProfileQuery_ByAnApplicationPermittedPresenceOnly_IsProxiedAndFiltered()
    {
        var answer = await QueryAsync(Alice, "/gup:Profile", DemoApplication);

        Assert.AreNotEqual("Redirected", answer.StatusCode, answer.Text);
        Assert.IsEmpty(RedirectText.Redirects(answer));
        Assert.Contains("PresenceSettings", answer.Text);
        Assert.DoesNotContain("46700000001", answer.Text, "The subscriber's MSISDN is not granted to the demo application.");
    }

    [TestMethod]
    public async Task PresenceQuery_ByAnApplicationPermittedPresence_IsRedirectedAndTheRafServesIt()
    {
        var answer = await QueryAsync(Alice, "/gup:Profile/pres:PresenceSettings", DemoApplication);
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();

        var read = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(
            SoapMessages.Read(Alice, "pres:PresenceSettings", "/pres:PresenceSettings"), RedirectText.Headers(redirect.Assertion, DemoApplication)));

        Assert.AreEqual("OK", read.StatusCode, read.Text);
        Assert.Contains("PresenceSettings", read.Text);
    }

    [TestMethod]
    public async Task Stranger_Preferred_GetsTheSameAnswerForAliceAsForAMissingProfile()
    {
        var alice = await QueryAsync(Alice, "/gup:Profile/pres:PresenceSettings", Stranger);
        var nobody = await QueryAsync(SharedServer.NewSubscriber("nobody"), "/gup:Profile/pres:PresenceSettings", Stranger);

        Assert.AreNotEqual("Redirected", alice.StatusCode, alice.Text);
        Assert.IsEmpty(RedirectText.Redirects(alice));
        Assert.AreEqual(nobody.StatusCode, alice.StatusCode);
        Assert.AreEqual(nobody.ErrorType, alice.ErrorType);
        Assert.AreEqual(nobody.Detail, alice.Detail);
    }

    [TestMethod]
    public async Task RedirectShapedAssertion_ForARequestorTheSubscribersRulesDeny_IsRefusedByTheRafHoldingThem()
    {
        // Signed by the GUP Server's key and correctly scoped, but for a requestor alice's rules give nothing: the RAF
        // that holds her rules takes the final decision and refuses.
        var token = SecurityTokens.FromServer(new AssertionDescriptor
        {
            Audiences = ["urn:gupsoap:raf:hss"],
            NameId = Stranger,
            OneTimeUse = true,
            Attributes = new Dictionary<string, IReadOnlyList<string>>
            {
                [GupAttributes.Requestor] = [Stranger],
                [GupAttributes.ScopeResource] = [Alice],
                [GupAttributes.ScopeComponentType] = ["{urn:3gpp:gup:2006-08:subscriber}SubscriberInfo"],
                [GupAttributes.ScopeOperation] = ["ReadData"],
            },
        });

        var read = await SoapHttp.PostAsync(Server.Rp("hss"), SoapMessages.Envelope11(
            SoapMessages.Read(Alice, "sub:SubscriberInfo", "/sub:SubscriberInfo"), SecurityTokens.Headers(token, Stranger)));

        Assert.AreEqual("Failed", read.StatusCode, read.Text);
        Assert.DoesNotContain("Alice", read.Text);
    }

    private static Task<SoapHttp.SoapAnswer> QueryAsync(string resource, string select, string sender) =>
        SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(RedirectText.Indicating(RgText.Query(resource, select), "Preferred"), SoapMessages.Headers(sender: sender)));
}
