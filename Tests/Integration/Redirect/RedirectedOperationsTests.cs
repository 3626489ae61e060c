using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Redirect;

/// <summary>
/// Create, Modify, Delete and Subscribe in redirect mode (TS 23.240 §4.2.2): the application performs the Rp
/// operation the assertion allows at the RAF it names, and the result is what proxy mode would have produced.
/// </summary>
[TestClass]
public sealed class RedirectedOperationsTests
{
    private static GupServer? _server;
    private static CallbackListener? _callbacks;

    private static GupServer Server => _server!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported");
        _callbacks = await CallbackListener.StartAsync();
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_callbacks is not null)
        {
            await _callbacks.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task Create_Supported_TheApplicationCreatesAtTheRafAndTheServerFindsIt()
    {
        var resource = SharedServer.NewSubscriber("redirect-create");
        var answer = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Dora"))));
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();
        Assert.AreEqual(Server.Rp("hss"), redirect.Address);

        var created = await AtRafAsync(redirect, SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo("Dora")));
        Assert.AreEqual("OK", created.StatusCode, created.Text);

        var query = await RgText.PostAsync(Server.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo/sub:DisplayName"));
        Assert.AreEqual("OK", query.StatusCode, query.Text);
        Assert.Contains(">Dora<", query.Text);
    }

    [TestMethod]
    public async Task Create_Simulated_IsNotRedirectedAndCreatesNothing()
    {
        var resource = SharedServer.NewSubscriber("redirect-simulate");
        var headers = SoapMessages.Headers(extra: $"""<sb:ProcessingContext xmlns:sb="urn:liberty:sb:2006-08">urn:liberty:sb:2006-08:ProcessingContext:Simulate</sb:ProcessingContext>""");
        var answer = await SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(
            RedirectText.Indicating(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())), "Preferred"), headers));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsEmpty(RedirectText.Redirects(answer));
    }

    [TestMethod]
    public async Task Modify_Supported_TheApplicationModifiesAtTheRaf()
    {
        var resource = await CreateSubscriberAsync();
        var modification = RgText.ModifyItem("m1", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true);
        var answer = await PostAsync(RgText.Modify(resource, modification));
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();

        var modified = await AtRafAsync(redirect, SoapMessages.Modify(resource, "pres:PresenceSettings",
            SoapMessages.Modification("/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);

        var query = await RgText.PostAsync(Server.Rg, RgText.Query(resource, "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.Contains(">closed<", query.Text);
    }

    [TestMethod]
    public async Task Delete_Supported_TheApplicationDeletesAtTheRaf()
    {
        var resource = await CreateSubscriberAsync();
        var answer = await PostAsync(RgText.Delete(resource, "pres:PresenceSettings"));
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();
        Assert.AreEqual(Server.Rp("services"), redirect.Address);

        var deleted = await AtRafAsync(redirect, SoapMessages.Delete(resource, "pres:PresenceSettings"));
        Assert.AreEqual("OK", deleted.StatusCode, deleted.Text);

        var query = await RgText.PostAsync(Server.Rg, RgText.Query(resource, "/gup:Profile/pres:PresenceSettings"));
        Assert.AreNotEqual("OK", query.StatusCode, query.Text);
        Assert.DoesNotContain("<pres:Status>", query.Text);
    }

    [TestMethod]
    public async Task Delete_WholeProfileSupported_RedirectsToEveryRaf()
    {
        var resource = await CreateSubscriberAsync();
        var answer = await PostAsync(RgText.Delete(resource));

        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var addresses = RedirectText.Redirects(answer).Select(r => r.Address).ToList();
        CollectionAssert.AreEquivalent(new[] { Server.Rp("hss"), Server.Rp("services") }, addresses);
    }

    [TestMethod]
    public async Task Subscribe_Supported_TheApplicationSubscribesAtTheRafAndIsNotified()
    {
        var resource = await CreateSubscriberAsync();
        var notifyTo = _callbacks!.Url("redirected");
        Assert.IsEmpty(_callbacks.Received);
        var answer = await PostAsync(
            $"""<rg:Subscribe>{RgText.Resource(resource)}<rg:NotifyTo>{notifyTo}</rg:NotifyTo><rg:Select>/gup:Profile/pres:PresenceSettings</rg:Select><rg:Filter expires="{SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1))}"/></rg:Subscribe>""");
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();

        var subscribed = await AtRafAsync(redirect, SubscriptionMessages.Subscribe(resource, "pres:PresenceSettings", SubscriptionMessages.ExpiresIn(TimeSpan.FromHours(1)), notifyTo: notifyTo));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        var modified = await RgText.PostAsync(Server.Rg, RgText.Modify(resource,
            RgText.ModifyItem("m1", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        var notification = await _callbacks.NextAsync(timeoutSeconds: 20);
        Assert.AreEqual("/redirected", notification.Path);
        Assert.Contains(resource, notification.Body);
        Assert.Contains(">closed<", notification.Body);
    }

    private static async Task<string> CreateSubscriberAsync()
    {
        var resource = SharedServer.NewSubscriber("redirect-op");
        var created = await RgText.PostAsync(Server.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static Task<SoapHttp.SoapAnswer> PostAsync(string rgBody) =>
        SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(RedirectText.Indicating(rgBody, "Supported")));

    private static Task<SoapHttp.SoapAnswer> AtRafAsync(RedirectEntry redirect, string rpBody) =>
        SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(rpBody, RedirectText.Headers(redirect.Assertion)));
}
