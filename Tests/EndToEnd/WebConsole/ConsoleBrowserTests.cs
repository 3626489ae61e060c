using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GupSoap.Tests.EndToEnd.CommandLine;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace GupSoap.Tests.EndToEnd.WebConsole;

/// <summary>
/// The operator console in a real browser (headless Chromium through Selenium): SAML Web Browser SSO from pysaml2 as
/// the operator's IdP and a local care account made by <c>admin console-user add</c>; the subscriber page, rules and
/// decisions, an admin edit that takes effect over Rg, the access history, and the refusals (care cannot edit, no CSRF
/// token, replayed SAML response, no session). One server and one browser for the class; screenshots go to the results.
/// </summary>
[TestClass]
public sealed partial class ConsoleBrowserTests
{
    private const string Alice = "sip:alice@example.org";
    private const string DemoApp = "urn:gupsoap:app:demo";
    private const string DemoRule = "demo-app-reads-presence";
    private const string IdpEntityId = "https://idp.operator.example/pysaml2";
    private const string CareUser = "carl";
    private const string CarePassword = "care-password-for-tests";

    private static TemporaryDirectory s_directory = null!;
    private static LogCapture s_logs = null!;
    private static GupServer s_server = null!;
    private static ChromeDriver s_browser = null!;
    private static ConsoleIdp s_idp = null!;
    private static CallbackListener s_listener = null!;

    public TestContext TestContext { get; set; } = null!;

    private static Uri Https => s_server.Urls[^1];

    private static Uri Consumer => new(Https, "console/saml/acs");

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        s_directory = new TemporaryDirectory();
        var keys = PemKeyPair.Create(s_directory.Path, "console-idp", TimeProvider.System);
        s_idp = new ConsoleIdp(IdpEntityId, keys, s_directory.Path);
        s_logs = new LogCapture();
        s_listener = await CallbackListener.StartAsync();
        s_server = await GupServer.StartLoggingToAsync(s_logs, "--Gup:Https:Url=https://127.0.0.1:0", "--Logging:LogLevel:GupSoap.Server.WebConsole=Information",
            "--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1", "--Gup:Notifications:PollInterval=00:00:00.100",
            $"--Gup:Console:IdpEntityId={IdpEntityId}", $"--Gup:Console:IdpCertificatePath={keys.CertificatePath}");
        var passwordFile = s_directory.File("password.txt");
        await File.WriteAllTextAsync(passwordFile, CarePassword + "\n", context.CancellationToken);
        var added = await CommandLineRun.InProcessAsync("admin", "console-user", "add", CareUser, "--role", "care", "--password-file", passwordFile,
            $"--Gup:DataDirectory={s_server.DataDirectory}");
        Assert.AreEqual(0, added.ExitCode, added.Output);
        s_browser = ConsoleBrowser.Start();
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        s_browser?.Quit();
        s_browser?.Dispose();
        if (s_server is not null)
        {
            await s_server.DisposeAsync();
        }

        if (s_listener is not null)
        {
            await s_listener.DisposeAsync();
        }

        s_logs?.Dispose();
        s_directory?.Dispose();
    }

    [TestMethod]
    public void ConsolePage_WithoutSession_GoesToSignIn()
    {
        SignOutInBrowser();
        s_browser.Navigate().GoToUrl(new Uri(Https, "console/subscriber?id=" + Uri.EscapeDataString(Alice)));
        WaitFor(() => s_browser.Url.Contains("/console/signin", StringComparison.Ordinal));
        Assert.IsTrue(s_browser.FindElement(By.Id("local")).Displayed);
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector("details.component")));
    }

    [TestMethod]
    public async Task SamlSignIn_AdminFindsAlice_ProfileTreeShowsRafLabels()
    {
        await SignInWithIdpAsync("ada@operator.example", "admin");
        s_browser.FindElement(By.Id("id")).SendKeys(Alice);
        s_browser.FindElement(By.Id("find")).Click();
        WaitFor(() => s_browser.FindElements(By.CssSelector("details.component")).Count >= 4);

        var components = s_browser.FindElements(By.CssSelector("details.component"));
        var labels = components.Select(c => c.FindElement(By.CssSelector("summary .raf")).Text).ToList();
        CollectionAssert.IsSubsetOf(new[] { "RAF hss", "RAF services" }, labels.Distinct().ToList());
        var info = components.Single(c => c.GetAttribute("data-type") == "SubscriberInfo");
        StringAssert.Contains(info.FindElement(By.TagName("summary")).Text, "version");
        var msisdn = info.FindElements(By.CssSelector(".leaf")).Single(l => l.GetDomProperty("textContent")!.Trim().StartsWith("MSISDN", StringComparison.Ordinal));
        Assert.IsFalse(msisdn.Displayed, "collapsed until expanded");
        info.FindElement(By.TagName("summary")).Click();
        WaitFor(() => msisdn.Displayed);
        StringAssert.Contains(msisdn.Text, "+46700000001");
        var presence = components.Single(c => c.GetAttribute("data-type") == "PresenceSettings");
        presence.FindElement(By.TagName("summary")).Click();
        presence.FindElement(By.CssSelector("details.node > summary")).Click();
        Screenshot("subscriber");

        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("view-profile", StringComparison.Ordinal) && l.Message.Contains(Alice, StringComparison.Ordinal)));
        Assert.IsFalse(s_logs.Lines.Any(l => l.Message.Contains("46700000001", StringComparison.Ordinal)), "no profile content in logs");
    }

    [TestMethod]
    public async Task Rules_AdminReadsDecision_EditsRule_TakesEffectOverRg_ShowsInHistory()
    {
        Assert.AreEqual("OK", (await DemoAppReadsPresenceAsync()).StatusCode);
        await SignInWithIdpAsync("ada@operator.example", "admin");
        OpenRules($"&app={Uri.EscapeDataString(DemoApp)}&op=Query&type=PresenceSettings");
        Assert.AreEqual($"may {DemoApp} query {{{Contracts.Namespaces.Presence}}}PresenceSettings? yes, rule {DemoRule} (subscriber)", s_browser.FindElement(By.Id("decision")).Text);
        Screenshot("rules");

        var row = s_browser.FindElement(By.CssSelector($"tr[data-rule='{DemoRule}']"));
        row.FindElement(By.XPath(".//select[@class='edit-effect']/option[.='Deny']")).Click();
        row.FindElement(By.CssSelector("button.save-effect")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("message")).Count == 1);
        Assert.AreEqual($"Rule {DemoRule} changed.", s_browser.FindElement(By.Id("message")).Text);
        StringAssert.Contains(s_browser.FindElement(By.CssSelector($"tr[data-rule='{DemoRule}'] td.effect")).Text, "Deny");

        var refused = await DemoAppReadsPresenceAsync();
        Assert.AreNotEqual("OK", refused.StatusCode, refused.Text);
        Assert.DoesNotContain("Available", refused.Text);
        OpenRules($"&app={Uri.EscapeDataString(DemoApp)}&op=Query&type=PresenceSettings");
        StringAssert.StartsWith(s_browser.FindElement(By.Id("decision")).Text, $"may {DemoApp} query {{{Contracts.Namespaces.Presence}}}PresenceSettings? no");

        s_browser.Navigate().GoToUrl(new Uri(Https, "console/history?id=" + Uri.EscapeDataString(Alice)));
        // Charging records are written in the background: reload until the edit is there.
        WaitFor(() => s_browser.FindElement(By.Id("records")).Text.Contains("edit-rule", StringComparison.Ordinal) || Reload());
        var records = s_browser.FindElement(By.Id("records")).Text;
        StringAssert.Contains(records, $"{DemoRule} effect Deny");
        Assert.IsNotEmpty(s_browser.FindElements(By.CssSelector("#chart rect")));
        Screenshot("history");

        s_browser.Navigate().GoToUrl(new Uri(Https, "console/system"));
        StringAssert.Contains(s_browser.FindElement(By.Id("rafs")).Text, "hss");
        StringAssert.Contains(s_browser.FindElement(By.Id("issuers")).Text, TestIdentity.IdpEntityId);
        Screenshot("system");
    }

    [TestMethod]
    public async Task Subscriptions_AdminSeesStateAndLastDelivery_EndsOne_CareCannot()
    {
        var resource = SharedServer.NewSubscriber("console-watched");
        var created = await RgText.PostAsync(s_server.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        var watched = await SubscribeAsync(resource);
        var kept = await SubscribeAsync(resource);
        var changed = await RgText.PostAsync(s_server.Rg, RgText.Modify(resource,
            RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", changed.StatusCode, changed.Text);

        await SignInWithIdpAsync("ada@operator.example", "admin");
        var page = new Uri(Https, "console/subscriber?id=" + Uri.EscapeDataString(resource));
        s_browser.Navigate().GoToUrl(page);
        IWebElement Row(string invokeId) => s_browser.FindElement(By.CssSelector($"#subscriptions tr[data-invoke='{invokeId}']"));
        // Delivery runs in the background: reload until both notifications are recorded as delivered.
        WaitFor(() => (Row(watched).FindElement(By.CssSelector(".last-delivery")).Text.Contains("(1 delivered)", StringComparison.Ordinal)
            && Row(kept).FindElement(By.CssSelector(".last-delivery")).Text.Contains("(1 delivered)", StringComparison.Ordinal)) || Reload());
        Assert.AreEqual("active", Row(watched).FindElement(By.CssSelector(".state")).Text);
        Assert.AreEqual("0", Row(watched).FindElement(By.CssSelector(".waiting")).Text);
        Assert.DoesNotContain("never", Row(watched).FindElement(By.CssSelector(".last-delivery")).Text);
        StringAssert.Contains(Row(watched).Text, s_listener.BaseAddress.GetLeftPart(UriPartial.Authority));
        Screenshot("subscriptions");

        Row(watched).FindElement(By.CssSelector("button.end-subscription")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("message")).Count == 1);
        Assert.AreEqual($"Subscription {watched} ended.", s_browser.FindElement(By.Id("message")).Text);
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector($"#subscriptions tr[data-invoke='{watched}']")));
        var gone = await RgText.PostAsync(s_server.Rg, $"<rg:Unsubscribe><rg:InvokeID>{watched}</rg:InvokeID></rg:Unsubscribe>");
        Assert.AreNotEqual("OK", gone.StatusCode, "ended for the application too: " + gone.Text);
        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("end-subscription", StringComparison.Ordinal) && l.Message.Contains("done", StringComparison.Ordinal)));

        // An invoke id ends only under its own subscriber: named under another one, it is refused and stays.
        using (var admin = BrowserSessionClient())
        {
            var adminPage = await admin.GetStringAsync(page, TestContext.CancellationToken);
            using var elsewhere = await admin.PostAsync(new Uri(Https, "console/subscriber?handler=End"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["id"] = Alice,
                ["invokeId"] = kept,
                ["__af"] = AntiforgeryToken(adminPage)!,
            }), TestContext.CancellationToken);
            StringAssert.Contains(await elsewhere.Content.ReadAsStringAsync(TestContext.CancellationToken), "Not ended: no such subscription to this subscriber");
        }

        SignOutInBrowser();
        s_browser.FindElement(By.Id("user")).SendKeys(CareUser);
        s_browser.FindElement(By.Id("password")).SendKeys(CarePassword);
        s_browser.FindElement(By.Id("signin")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("who")).Count == 1);
        s_browser.Navigate().GoToUrl(page);
        WaitFor(() => s_browser.FindElements(By.CssSelector($"#subscriptions tr[data-invoke='{kept}']")).Count == 1);
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector("button.end-subscription")));

        using var client = BrowserSessionClient();
        var html = await client.GetStringAsync(page, TestContext.CancellationToken);
        using var forged = await client.PostAsync(new Uri(Https, "console/subscriber?handler=End"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["id"] = resource,
            ["invokeId"] = kept,
            ["__af"] = AntiforgeryToken(html)!,
        }), TestContext.CancellationToken);
        Assert.AreEqual(HttpStatusCode.Forbidden, forged.StatusCode);
        var still = await RgText.PostAsync(s_server.Rg, $"<rg:Unsubscribe><rg:InvokeID>{kept}</rg:InvokeID></rg:Unsubscribe>");
        Assert.AreEqual("OK", still.StatusCode, "care did not end it: " + still.Text);
    }

    [TestMethod]
    public async Task McpttProfiles_ShowTheirVersionsAndTheDevicesTheyAreActiveOn()
    {
        var activated = await Integration.Mcptt.McpttText.PostAsync(s_server.BaseAddress, Alice, Integration.Mcptt.McpttText.Get(Alice, "2", device: "console-handset"));
        Assert.AreEqual("OK", activated.StatusCode, activated.Text);
        var listed = await Integration.Mcptt.McpttText.PostAsync(s_server.BaseAddress, Alice, Integration.Mcptt.McpttText.List(Alice));
        Assert.AreEqual("OK", listed.StatusCode, listed.Text);
        var versions = listed.Body.Descendants(Integration.Mcptt.McpttText.Cm + "UserProfile")
            .ToDictionary(p => p.Element(Integration.Mcptt.McpttText.Cm + "ProfileID")!.Value, p => p.Element(Integration.Mcptt.McpttText.Cm + "Version")!.Value);
        Assert.HasCount(3, versions);

        await SignInWithIdpAsync("ada@operator.example", "admin");
        s_browser.Navigate().GoToUrl(new Uri(Https, "console/subscriber?id=" + Uri.EscapeDataString(Alice)));
        WaitFor(() => s_browser.FindElements(By.CssSelector("#mcptt-profiles tr[data-profile]")).Count == 3);

        foreach (var (profileId, version) in versions)
        {
            var row = s_browser.FindElement(By.CssSelector($"#mcptt-profiles tr[data-profile='{profileId}']"));
            Assert.AreEqual(version, row.FindElement(By.CssSelector(".version")).Text, "profile " + profileId);
        }

        StringAssert.Contains(s_browser.FindElement(By.CssSelector("#mcptt-profiles tr[data-profile='2'] .devices")).Text, "console-handset");
        Assert.DoesNotContain("console-handset", s_browser.FindElement(By.CssSelector("#mcptt-profiles tr[data-profile='1'] .devices")).Text);
        Screenshot("mcptt-profiles");
    }

    [TestMethod]
    public async Task PasswordGuessing_AtLocalSignIn_LocksTheUserName_OthersStillSignIn()
    {
        const string Target = "guessed-user";
        using var client = PinnedClient(new CookieContainer());
        var signIn = new Uri(Https, "console/signin");
        async Task<HttpResponseMessage> TryAsync(string user, string password)
        {
            var page = await client.GetStringAsync(signIn, TestContext.CancellationToken);
            return await client.PostAsync(signIn, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["user"] = user,
                ["password"] = password,
                ["__af"] = AntiforgeryToken(page)!,
            }), TestContext.CancellationToken);
        }

        for (var i = 1; i < 5; i++)
        {
            using var wrong = await TryAsync(Target, "not-the-password-" + i);
            Assert.AreEqual(HttpStatusCode.OK, wrong.StatusCode);
            StringAssert.Contains(await wrong.Content.ReadAsStringAsync(TestContext.CancellationToken), "Wrong user name or password.");
        }

        using var locking = await TryAsync(Target, "not-the-password-5");
        Assert.AreEqual(HttpStatusCode.TooManyRequests, locking.StatusCode);
        Assert.IsTrue(locking.Headers.RetryAfter?.Delta > TimeSpan.FromMinutes(14), "Retry-After: the rest of the 15-minute lock");
        using var stillLocked = await TryAsync(Target, "any-password-at-all");
        Assert.AreEqual(HttpStatusCode.TooManyRequests, stillLocked.StatusCode);
        StringAssert.Contains(await stillLocked.Content.ReadAsStringAsync(TestContext.CancellationToken), "Too many wrong passwords");
        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("locked after too many wrong passwords", StringComparison.Ordinal)));

        using var other = await TryAsync(CareUser, CarePassword);
        Assert.AreEqual(HttpStatusCode.Redirect, other.StatusCode, "another user name is not locked");
    }

    private static async Task<string> SubscribeAsync(string resource)
    {
        var answer = await RgText.PostAsync(s_server.Rg, SubscriptionFlowTests.Subscribe(resource, s_listener.Url("console"), null, "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Body.Descendants(System.Xml.Linq.XName.Get("InvokeID", Contracts.Namespaces.Rg)).Single().Value;
    }

    [TestMethod]
    public async Task Rules_AdminAddsARule_TakesEffectOverRg_StaleFormShowsTheConflict_DeleteEndsIt()
    {
        const string App = "urn:gupsoap:app:console-added";
        const string RuleId = "console-added";
        Task<SoapHttp.SoapAnswer> AppReadsLcsAsync() =>
            SoapHttp.PostAsync(s_server.Rg, SoapMessages.Envelope11(RgText.Query(Alice, "/gup:Profile/lcs:LcsPrivacy"), SoapMessages.Headers(sender: App)));
        Assert.AreNotEqual("OK", (await AppReadsLcsAsync()).StatusCode, "no rule lets the application read yet");

        await SignInWithIdpAsync("ada@operator.example", "admin");
        OpenRules("");
        var staleSince = s_browser.FindElement(By.CssSelector("#add-rule input[name='notChangedSince']")).GetAttribute("value")!;
        s_browser.FindElement(By.Id("new-rule-id")).SendKeys(RuleId);
        s_browser.FindElement(By.XPath("//select[@id='new-rule-requestor']/option[@value='Provider']")).Click();
        s_browser.FindElement(By.Id("new-rule-requestor-id")).SendKeys(App);
        s_browser.FindElement(By.XPath("//select[@id='new-rule-type']/option[.='LcsPrivacy']")).Click();
        s_browser.FindElement(By.CssSelector("input.new-rule-operation[value='Query']")).Click();
        s_browser.FindElement(By.Id("new-rule-priority")).SendKeys("5");
        Screenshot("rules-add");
        s_browser.FindElement(By.Id("save-rule")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("message")).Count == 1);
        Assert.AreEqual($"Rule {RuleId} added.", s_browser.FindElement(By.Id("message")).Text);
        var row = s_browser.FindElement(By.CssSelector($"tr[data-rule='{RuleId}']")).Text;
        StringAssert.Contains(row, App);
        StringAssert.Contains(row, "Query");

        var read = await AppReadsLcsAsync();
        Assert.AreEqual("OK", read.StatusCode, "the added rule governs the next request: " + read.Text);
        OpenRules($"&app={Uri.EscapeDataString(App)}&op=Query&type=LcsPrivacy");
        StringAssert.Contains(s_browser.FindElement(By.Id("decision")).Text, $"yes, rule {RuleId}");

        // A form loaded before that change is refused, and says so, rather than overwriting.
        using (var client = BrowserSessionClient())
        {
            var page = await client.GetStringAsync(new Uri(Https, "console/rules?id=" + Uri.EscapeDataString(Alice)), TestContext.CancellationToken);
            using var stale = await client.PostAsync(new Uri(Https, "console/rules?handler=DeleteRule"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["id"] = Alice,
                ["ruleId"] = RuleId,
                ["notChangedSince"] = staleSince,
                ["__af"] = AntiforgeryToken(page)!,
            }), TestContext.CancellationToken);
            var answer = await stale.Content.ReadAsStringAsync(TestContext.CancellationToken);
            StringAssert.Contains(answer, "Not changed:");
            StringAssert.Contains(answer, "ModifiedSince");
        }

        Assert.AreEqual("OK", (await AppReadsLcsAsync()).StatusCode, "the stale delete did nothing");
        OpenRules("");
        s_browser.FindElement(By.CssSelector($"tr[data-rule='{RuleId}'] button.delete-rule")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("message")).Count == 1);
        Assert.AreEqual($"Rule {RuleId} deleted.", s_browser.FindElement(By.Id("message")).Text);
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector($"tr[data-rule='{RuleId}']")));
        Assert.AreNotEqual("OK", (await AppReadsLcsAsync()).StatusCode, "deleted: the application is refused again");
        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("add-rule", StringComparison.Ordinal) && l.Message.Contains("done", StringComparison.Ordinal)));
        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("delete-rule", StringComparison.Ordinal) && l.Message.Contains("refused", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task CareUser_HasNoEditButton_ForgedPostIsRefused()
    {
        SignOutInBrowser();
        s_browser.FindElement(By.Id("user")).SendKeys(CareUser);
        s_browser.FindElement(By.Id("password")).SendKeys(CarePassword);
        s_browser.FindElement(By.Id("signin")).Click();
        WaitFor(() => s_browser.FindElements(By.Id("who")).Count == 1);
        Assert.AreEqual($"{CareUser} (care)", s_browser.FindElement(By.Id("who")).Text);
        OpenRules("");
        Assert.IsNotEmpty(s_browser.FindElements(By.CssSelector($"tr[data-rule='{DemoRule}']")));
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector("button.save-effect")));
        Assert.IsEmpty(s_browser.FindElements(By.CssSelector("button.delete-rule")));
        Assert.IsEmpty(s_browser.FindElements(By.Id("add-rule")));

        using var client = BrowserSessionClient();
        var page = await client.GetStringAsync(new Uri(Https, "console/rules?id=" + Uri.EscapeDataString(Alice)), TestContext.CancellationToken);
        using var forged = await PostEffectAsync(client, AntiforgeryToken(page));
        Assert.AreEqual(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.IsTrue(s_logs.Lines.Any(l => l.Message.Contains("edit-rule", StringComparison.Ordinal) && l.Message.Contains("refused: not admin", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task AdminPost_WithoutCsrfToken_IsRefused()
    {
        await SignInWithIdpAsync("ada@operator.example", "admin");
        using var client = BrowserSessionClient();
        var page = await client.GetStringAsync(new Uri(Https, "console/rules?id=" + Uri.EscapeDataString(Alice)), TestContext.CancellationToken);
        Assert.IsNotNull(AntiforgeryToken(page));
        using var answer = await PostEffectAsync(client, token: null);
        Assert.AreEqual(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.IsFalse(s_logs.Lines.Any(l => l.Message.Contains("edit-rule", StringComparison.Ordinal) && l.Message.Contains("ada@operator.example", StringComparison.Ordinal)
            && l.Message.Contains("effect Permit", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task SamlResponse_Replayed_IsRefused()
    {
        SignOutInBrowser();
        var response = await s_idp.ResponseAsync("ada@operator.example", "admin", "urn:gupsoap:console", Consumer, TestContext.CancellationToken);
        SubmitAtIdp(response);
        WaitFor(() => s_browser.FindElements(By.Id("who")).Count == 1);

        SignOutInBrowser();
        SubmitAtIdp(response);
        WaitFor(() => s_browser.FindElements(By.Id("error")).Count == 1);
        StringAssert.Contains(s_browser.FindElement(By.Id("error")).Text, "used before");
        Screenshot("replay-refused");
        s_browser.Navigate().GoToUrl(new Uri(Https, "console/subscriber"));
        WaitFor(() => s_browser.Url.Contains("/console/signin", StringComparison.Ordinal));
    }

    private static async Task SignInWithIdpAsync(string user, string role)
    {
        SignOutInBrowser();
        SubmitAtIdp(await s_idp.ResponseAsync(user, role, "urn:gupsoap:console", Consumer, CancellationToken.None));
        WaitFor(() => s_browser.FindElements(By.Id("who")).Count == 1 && s_browser.Url.Contains("/console/subscriber", StringComparison.Ordinal));
        Assert.AreEqual($"{user} ({role})", s_browser.FindElement(By.Id("who")).Text);
    }

    private static void SubmitAtIdp(string samlResponse)
    {
        s_browser.Navigate().GoToUrl(s_idp.PostForm(samlResponse, Consumer));
        s_browser.FindElement(By.Id("continue")).Click();
    }

    /// <summary>Leaves any session: the sign-in page with no cookies of the console's origin.</summary>
    private static void SignOutInBrowser()
    {
        s_browser.Navigate().GoToUrl(new Uri(Https, "console/signin"));
        s_browser.Manage().Cookies.DeleteAllCookies();
        s_browser.Navigate().Refresh();
    }

    private static bool Reload()
    {
        s_browser.Navigate().Refresh();
        return false;
    }

    private static void OpenRules(string query) =>
        s_browser.Navigate().GoToUrl(new Uri(Https, "console/rules?id=" + Uri.EscapeDataString(Alice) + query));

    private static void WaitFor(Func<bool> condition)
    {
        try
        {
            new WebDriverWait(s_browser, TimeSpan.FromSeconds(20)).Until(_ => condition());
        }
        catch (WebDriverTimeoutException)
        {
            Assert.Fail($"The browser did not get there; it shows {s_browser.Url}:\n{s_browser.PageSource}");
        }
    }

    private void Screenshot(string name)
    {
        // The run's results directory when the runner names one, else TestResults/ of the repository (the README's command).
        var directory = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.Combine(TestPaths.RepoRoot, "TestResults"), "console-screenshots");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".png");
        s_browser.GetScreenshot().SaveAsFile(path);
        TestContext.AddResultFile(path);
    }

    private static Task<SoapHttp.SoapAnswer> DemoAppReadsPresenceAsync() =>
        SoapHttp.PostAsync(s_server.Rg, SoapMessages.Envelope11(RgText.Query(Alice, "/gup:Profile/pres:PresenceSettings"), SoapMessages.Headers(sender: DemoApp)));

    /// <summary>An HTTP client carrying the browser's console cookies, trusting the server's TLS certificate by pin.</summary>
    private static HttpClient BrowserSessionClient()
    {
        var cookies = new CookieContainer();
        foreach (var cookie in s_browser.Manage().Cookies.AllCookies)
        {
            cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, cookie.Path, Https.Host) { Secure = cookie.Secure });
        }

        return PinnedClient(cookies);
    }

    /// <summary>An HTTP client with its own cookies, trusting the server's TLS certificate by pin.</summary>
    private static HttpClient PinnedClient(CookieContainer cookies)
    {
        var pinned = Core.Security.PemFiles.Load("tls", Path.Combine(s_server.DataDirectory, "keys", "tls-cert.pem"), null).GetCertHashString(HashAlgorithmName.SHA256);
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        handler.SslOptions.RemoteCertificateValidationCallback = (_, certificate, _, _) =>
            certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == pinned;
        return new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
    }

    private static Task<HttpResponseMessage> PostEffectAsync(HttpClient client, string? token)
    {
        var fields = new Dictionary<string, string>
        {
            ["id"] = Alice,
            ["ruleId"] = DemoRule,
            ["effect"] = "Permit",
            ["notChangedSince"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (token is not null)
        {
            fields["__af"] = token;
        }

        return client.PostAsync(new Uri(Https, "console/rules?handler=Effect"), new FormUrlEncodedContent(fields));
    }

    private static string? AntiforgeryToken(string page) => AntiforgeryField().Match(page) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("name=\"__af\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
