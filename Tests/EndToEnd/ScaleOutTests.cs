using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Integration.Redirect;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Stateless GUP Servers on one PostgreSQL (ARCHITECTURE.md "Process model"): two GUP Server processes and two RAF
/// processes behave as one server — data, replay protection, one-time assertions and subscriptions are shared, and
/// each change is notified once per subscription however many relays run.
/// </summary>
[TestClass]
public sealed class ScaleOutTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static ScaleOutSystem? _system;

    private static ScaleOutSystem System => _system ?? throw new InvalidOperationException("The system did not start.");

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        TestPostgres.Require();
        _system = await ScaleOutSystem.StartAsync("--Gup:Redirect:Mode=WhenSupported");
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_system is not null)
        {
            await _system.DisposeAsync();
        }
    }

    private static string Presence(string note) =>
        $"<pres:PresenceSettings><pres:Status>open</pres:Status><pres:Note>{note}</pres:Note></pres:PresenceSettings>";

    private static async Task<string> CreateAsync(Uri rg, string prefix)
    {
        var resource = SharedServer.NewSubscriber(prefix);
        var created = await RgText.PostAsync(rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", Presence("n0"))));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static Task<SoapHttp.SoapAnswer> SetNoteAsync(Uri rg, string resource, string note) =>
        RgText.PostAsync(rg, RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Note", $"<pres:Note>{note}</pres:Note>", overwrite: true)));

    [TestMethod]
    public async Task QueryAndModify_ThroughEitherServer_SeeOneProfile()
    {
        var resource = await CreateAsync(System.A.Rg, "scale-data");

        var modified = await SetNoteAsync(System.B.Rg, resource, "via-b");
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        var renamed = await RgText.PostAsync(System.A.Rg, RgText.Modify(resource,
            RgText.ModifyItem("n", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Via A</sub:DisplayName>", overwrite: true)));
        Assert.AreEqual("OK", renamed.StatusCode, renamed.Text);

        foreach (var server in new[] { System.A, System.B })
        {
            var answer = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/"));
            Assert.AreEqual("OK", answer.StatusCode, answer.Text);
            Assert.Contains("via-b", answer.Text);
            Assert.Contains("Via A", answer.Text);
        }
    }

    [TestMethod]
    public async Task MessageId_UsedAtServerA_IsRefusedAtServerB()
    {
        var resource = await CreateAsync(System.A.Rg, "scale-replay");
        var headers = SoapMessages.Headers(messageId: SoapMessages.NewMessageId());

        var first = await RgText.PostAsync(System.A.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"), headers);
        var replayed = await RgText.PostAsync(System.B.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"), headers);

        Assert.AreEqual("OK", first.StatusCode, first.Text);
        Assert.AreEqual("sb:DuplicateMsg", replayed.FaultCode, replayed.Text);
        Assert.DoesNotContain("Carol", replayed.Text);
    }

    [TestMethod]
    public async Task OneTimeRedirectAssertion_UsedAtOneRafProcess_IsRefusedAtItsReplica()
    {
        var resource = await CreateAsync(System.A.Rg, "scale-redirect");
        var replica = await System.StartRafAsync("services");
        var query = RedirectText.Indicating(RgText.Query(resource, "/gup:Profile/pres:PresenceSettings"), "Supported");
        var answer = await RgText.PostAsync(System.B.Rg, query);
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        var redirect = RedirectText.Redirects(answer).Single();
        var read = SoapMessages.Read(resource, "pres:PresenceSettings", "/pres:PresenceSettings");

        var used = await SoapHttp.PostAsync(redirect.Address, SoapMessages.Envelope11(read, RedirectText.Headers(redirect.Assertion)));
        var again = await SoapHttp.PostAsync(replica.Rp("services"), SoapMessages.Envelope11(read, RedirectText.Headers(redirect.Assertion)));

        Assert.AreEqual("OK", used.StatusCode, used.Text);
        Assert.AreEqual("wsse:FailedAuthentication", again.FaultCode, again.Text);
        Assert.DoesNotContain("n0", again.Text);
    }

    [TestMethod]
    public async Task SubscriptionMadeAtA_ChangesThroughB_EveryChangeNotifiedOnce_AndEndedAtB()
    {
        const int Changes = 12;
        await using var listener = await CallbackListener.StartAsync();
        var resource = await CreateAsync(System.A.Rg, "scale-subscription");
        var subscribed = await RgText.PostAsync(System.A.Rg, SubscriptionFlowTests.Subscribe(resource, listener.Url("app"), null, "/gup:Profile/pres:PresenceSettings/pres:Note"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);
        var invokeId = subscribed.Body.Descendants(Rg + "InvokeID").Single().Value;

        for (var i = 1; i <= Changes; i++)
        {
            var changed = await SetNoteAsync(i % 2 == 0 ? System.A.Rg : System.B.Rg, resource, $"note-{i}");
            Assert.AreEqual("OK", changed.StatusCode, changed.Text);
        }

        var received = new List<string>();
        while (received.Count < Changes)
        {
            var notification = await listener.NextAsync(timeoutSeconds: 30);
            received.Add((string)XDocument.Parse(notification.Body).Descendants(Rg + "Notify").Single().Attribute("notificationID")!);
        }

        // Nothing is left to send anywhere: what the listener has is everything it will get.
        await WaitUntilAsync(async () => await System.CountAsync("raf_services.outbox") == 0 && await System.CountAsync("gup.gup_outbox") == 0);
        Assert.HasCount(Changes, listener.Received, "one notification per change");
        Assert.AreEqual(0, listener.Received.Count - listener.Received.Select(r => XDocument.Parse(r.Body).Descendants(Rg + "Notify").Single().Attribute("notificationID")!.Value).Distinct().Count(),
            "duplicates");
        for (var i = 1; i <= Changes; i++)
        {
            Assert.IsTrue(listener.Received.Any(r => r.Body.Contains($"note-{i}<", StringComparison.Ordinal)), $"change {i} notified");
        }

        var ended = await RgText.PostAsync(System.B.Rg, $"<rg:Unsubscribe><rg:InvokeID>{invokeId}</rg:InvokeID></rg:Unsubscribe>");
        Assert.AreEqual("OK", ended.StatusCode, ended.Text);
        Assert.AreEqual(0, await System.CountAsync("gup.app_subscriptions", $"invoke_id = '{invokeId}'"));
        Assert.AreEqual(0, await System.CountAsync("raf_services.subscriptions"), "the RAF subscription ended too");
    }

    [TestMethod]
    public async Task KillNine_OfAGupProcessDuringAWriteLoad_EveryAcknowledgedWriteIsStored()
    {
        const int Workers = 6;
        var victim = await System.StartGupAsync();
        var resources = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => CreateAsync(System.A.Rg, "scale-kill")));
        var acknowledged = new int[Workers];
        var acknowledgedTotal = 0;
        var enoughWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task WriteUntilRefusedAsync(int worker)
        {
            for (var n = 1; ; n++)
            {
                try
                {
                    var answer = await SetNoteAsync(victim.Rg, resources[worker], $"w{n}");
                    if (answer.StatusCode != "OK")
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    return;
                }

                acknowledged[worker] = n;
                if (Interlocked.Increment(ref acknowledgedTotal) >= Workers * 5)
                {
                    enoughWritten.TrySetResult();
                }
            }
        }

        var load = Enumerable.Range(0, Workers).Select(WriteUntilRefusedAsync).ToArray();
        await enoughWritten.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await victim.KillAsync();
        await Task.WhenAll(load);

        for (var worker = 0; worker < Workers; worker++)
        {
            var answer = await RgText.PostAsync(System.B.Rg, RgText.Query(resources[worker], "/gup:Profile/pres:PresenceSettings/pres:Note"));
            Assert.AreEqual("OK", answer.StatusCode, answer.Text);
            var stored = int.Parse(answer.Body.Descendants(XName.Get("Note", Namespaces.Presence)).Single().Value[1..], global::System.Globalization.CultureInfo.InvariantCulture);
            // The last acknowledged write, or the one in flight when the process died (applied or not, never acknowledged).
            Assert.IsTrue(stored == acknowledged[worker] || stored == acknowledged[worker] + 1, $"worker {worker}: acknowledged w{acknowledged[worker]}, stored w{stored}");
        }
    }

    /// <summary>Polls a condition of the shared database (no fixed sleeps), failing after 30 s.</summary>
    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
