using System.Xml.Linq;
using Microsoft.Extensions.Configuration;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Subscriptions end to end (TS 23.240 §4.3.5–4.3.7): an application subscribes over Rg with a callback on real HTTP,
/// changes made through Rg or directly at a RAF arrive as rg:Notify with exactly the selected data and the new version.
/// </summary>
[TestClass]
public sealed class SubscriptionFlowTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Pres = Namespaces.Presence;

    private static string Expires(TimeSpan from) => SoapMessages.Instant(DateTimeOffset.UtcNow + from);

    public static string Subscribe(string resource, string notifyTo, string? filter = null, params string[] selects) =>
        $"""<rg:Subscribe>{RgText.Resource(resource)}<rg:NotifyTo>{notifyTo}</rg:NotifyTo>{string.Concat(selects.Select(s => $"<rg:Select>{s}</rg:Select>"))}<rg:Filter {filter ?? $"expires=\"{Expires(TimeSpan.FromHours(1))}\""}/></rg:Subscribe>""";

    private static async Task<(GupServer Server, CallbackListener Listener)> StartAsync(string? dataDirectory = null)
    {
        var listener = await CallbackListener.StartAsync();
        var server = await GupServer.StartInAsync(dataDirectory ?? GupServer.NewDataDirectory(), ownsDataDirectory: dataDirectory is null,
            "--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1", "--Gup:Notifications:PollInterval=00:00:00.100");
        return (server, listener);
    }

    private static async Task<string> SubscriberAsync(GupServer server)
    {
        var resource = SharedServer.NewSubscriber("watched");
        var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static async Task<string> SubscribeAsync(GupServer server, string resource, string notifyTo, string? filter = null, params string[] selects)
    {
        var answer = await RgText.PostAsync(server.Rg, Subscribe(resource, notifyTo, filter, selects));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Body.Descendants(Rg + "InvokeID").Single().Value;
    }

    private static Task<SoapHttp.SoapAnswer> SetStatusAsync(GupServer server, string resource, string status) =>
        RgText.PostAsync(server.Rg, RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", $"<pres:Status>{status}</pres:Status>", overwrite: true)));

    private static XElement Notify(ReceivedNotification received) =>
        XDocument.Parse(received.Body).Descendants(Rg + "Notify").Single();

    [TestMethod]
    public async Task Subscribe_ModifyThroughRg_NotifiesExactlyTheChangedDataWithTheNewVersion()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            var invokeId = await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);

            var notify = Notify(await listener.NextAsync());
            Assert.AreEqual(invokeId, notify.Element(Rg + "InvokeID")!.Value);
            var item = notify.Element(Rg + "NotifiedData")!;
            Assert.AreEqual("closed", item.Descendants(Pres + "Status").Single().Value);
            Assert.AreEqual("2", (string?)item.Attribute("version"));
            Assert.IsNotNull(notify.Attribute("notificationID"));

            // A change of data the subscription does not select is not told; the next Status change is.
            var note = await RgText.PostAsync(server.Rg, RgText.Modify(resource, RgText.ModifyItem("n", "/gup:Profile/pres:PresenceSettings/pres:Note", "<pres:Note>Lunch</pres:Note>")));
            Assert.AreEqual("OK", note.StatusCode, note.Text);
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "open")).StatusCode);
            var next = Notify(await listener.NextAsync()).Element(Rg + "NotifiedData")!;
            Assert.AreEqual("open", next.Descendants(Pres + "Status").Single().Value);
            Assert.AreEqual("4", (string?)next.Attribute("version"));
            Assert.DoesNotContain("Lunch", next.ToString());
        }
    }

    [TestMethod]
    [DataRow(true, DisplayName = "RAF in process: straight to the relay")]
    [DataRow(false, DisplayName = "Gup:Rp:InProcess=false: over SOAP to /gup/notify")]
    public async Task Subscribe_RafOfThisProcess_NotifiesTheRelayInProcessUnlessSoapIsAskedFor(bool inProcess)
    {
        var listener = await CallbackListener.StartAsync();
        var server = await GupServer.StartAsync("--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1", "--Gup:Notifications:PollInterval=00:00:00.100", $"--Gup:Rp:InProcess={inProcess}");
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);
            Assert.AreEqual("closed", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);

            using var client = new HttpClient();
            var metrics = await client.GetStringAsync(new Uri(server.BaseAddress, "metrics"));
            Assert.AreEqual(!inProcess, metrics.Contains("service=\"gup:notify\"", StringComparison.Ordinal), metrics);
        }
    }

    [TestMethod]
    public async Task Subscribe_ModifyDirectlyAtTheRaf_IsNotifiedToo()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            var modified = await SoapHttp.PostAsync(server.Rp("services"), SoapMessages.Envelope11(SoapMessages.Modify(resource, "pres:PresenceSettings",
                SoapMessages.Modification("/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true))));
            Assert.AreEqual("OK", modified.StatusCode, modified.Text);
            Assert.AreEqual("closed", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);
        }
    }

    [TestMethod]
    public async Task Subscribe_InitialValues_AreSentRightAway()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            await SubscribeAsync(server, resource, listener.Url(), $"initialValues=\"true\" expires=\"{Expires(TimeSpan.FromHours(1))}\"", "/gup:Profile/pres:PresenceSettings/pres:Status");
            Assert.AreEqual("open", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);
        }
    }

    [TestMethod]
    public async Task Unsubscribe_StopsDelivery_WhileAnotherSubscriptionKeepsReceiving()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            var ended = await SubscribeAsync(server, resource, listener.Url("ended"), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            await SubscribeAsync(server, resource, listener.Url("kept"), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            var unsubscribed = await RgText.PostAsync(server.Rg, $"<rg:Unsubscribe><rg:InvokeID>{ended}</rg:InvokeID></rg:Unsubscribe>");
            Assert.AreEqual("OK", unsubscribed.StatusCode, unsubscribed.Text);

            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);
            Assert.AreEqual("/kept", (await listener.NextAsync()).Path);
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "open")).StatusCode);
            Assert.AreEqual("/kept", (await listener.NextAsync()).Path);
            Assert.IsFalse(listener.Received.Any(r => r.Path == "/ended"));
        }
    }

    [TestMethod]
    public async Task Subscription_SurvivesARestart()
    {
        var data = GupServer.NewDataDirectory();
        try
        {
            string resource;
            Uri address;
            var (server, listener) = await StartAsync(data);
            await using (listener)
            {
                await using (server)
                {
                    address = server.BaseAddress;
                    resource = await SubscriberAsync(server);
                    await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
                }

                // A server comes back on its address: the RAFs' subscriptions call the GUP Server there.
                await using var restarted = await GupServer.StartInAsync(data, ownsDataDirectory: false, "--urls", address.ToString().TrimEnd('/'),
                    "--Gup:Notifications:PollInterval=00:00:00.100");
                Assert.AreEqual("OK", (await SetStatusAsync(restarted, resource, "closed")).StatusCode);
                Assert.AreEqual("closed", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);
            }
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task DeadCallback_DoesNotDelayAnotherApplication()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        await using (var dead = await CallbackListener.StartAsync())
        {
            dead.Default = CallbackAnswer.Hang;
            var resource = await SubscriberAsync(server);
            await SubscribeAsync(server, resource, dead.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);
            await dead.Hanging;
            Assert.AreEqual("closed", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);
        }
    }

    [TestMethod]
    public async Task Subscribe_WithoutExpires_OrToAPrivateAddress_IsRefused()
    {
        var resource = SharedServer.NewSubscriber("refused");
        var noExpiry = await RgText.PostAsync(SharedServer.Instance.Rg, Subscribe(resource, "https://callback.example.org/n", filter: "minInterval=\"0\""));
        Assert.AreEqual("Failed", noExpiry.StatusCode, noExpiry.Text);
        var metadata = await RgText.PostAsync(SharedServer.Instance.Rg, Subscribe(resource, "http://169.254.169.254/latest"));
        Assert.AreEqual("Failed", metadata.StatusCode, metadata.Text);
        Assert.Contains("InvalidParameter", metadata.Text);
    }

    [TestMethod]
    public async Task PrivacyBypass_ThroughANotification_DoesNotRevealADeniedChild()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = SharedServer.NewSubscriber("private");
            const string Rules = """
                <gup:AuthorizationRules>
                  <gup:Rule id="partner-watches-presence">
                    <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
                    <gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings</gup:Select></gup:Target>
                    <gup:Operation>Query</gup:Operation>
                    <gup:Operation>Subscribe</gup:Operation>
                    <gup:Effect>Permit</gup:Effect>
                  </gup:Rule>
                  <gup:Rule id="but-not-the-note">
                    <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
                    <gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings/pres:Note</gup:Select></gup:Target>
                    <gup:Operation>All</gup:Operation>
                    <gup:Effect>Deny</gup:Effect>
                  </gup:Rule>
                </gup:AuthorizationRules>
                """;
            var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("gup:AuthorizationRules", Rules),
                ("pres:PresenceSettings", "<pres:PresenceSettings><pres:Status>open</pres:Status><pres:Note>At the dentist</pres:Note></pres:PresenceSettings>")));
            Assert.AreEqual("OK", created.StatusCode, created.Text);
            var subscribed = await RgText.PostAsync(server.Rg, Subscribe(resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings"),
                SoapMessages.Headers(sender: "urn:gupsoap:app:partner"));
            Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

            // A change of the denied Note alone tells the partner nothing; the next visible change arrives without it.
            var note = await RgText.PostAsync(server.Rg, RgText.Modify(resource, RgText.ModifyItem("n", "/gup:Profile/pres:PresenceSettings/pres:Note", "<pres:Note>At the clinic</pres:Note>", overwrite: true)));
            Assert.AreEqual("OK", note.StatusCode, note.Text);
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);
            var received = await listener.NextAsync();
            Assert.AreEqual("closed", Notify(received).Descendants(Pres + "Status").Single().Value);
            Assert.AreEqual("3", (string?)Notify(received).Element(Rg + "NotifiedData")!.Attribute("version"));
            Assert.DoesNotContain("dentist", received.Body);
            Assert.DoesNotContain("clinic", received.Body);
        }
    }

    [TestMethod]
    public async Task KillNine_BetweenCommitAndDelivery_IsDeliveredAfterRestart()
    {
        await using var listener = await CallbackListener.StartAsync();
        listener.Default = CallbackAnswer.Fault;
        var data = GupServer.NewDataDirectory();
        try
        {
            string[] args = [$"--Gup:DataDirectory={data}", "--Gup:Notifications:BaseBackoff=00:00:00.200", "--Gup:Notifications:PollInterval=00:00:00.100"];
            var first = await ServerProcess.StartAsync(args);
            string failedId;
            try
            {
                var resource = SharedServer.NewSubscriber("killed");
                Assert.AreEqual("OK", (await RgText.PostAsync(first.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())))).StatusCode);
                var subscribed = await RgText.PostAsync(first.Rg, Subscribe(resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status"));
                Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);
                var modified = await RgText.PostAsync(first.Rg, RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
                Assert.AreEqual("OK", modified.StatusCode, modified.Text);

                // The callback refused the first attempt: the notification is committed and pending when the process dies.
                failedId = (string)Notify(await listener.NextAsync()).Attribute("notificationID")!;
                listener.Default = CallbackAnswer.Accept;
                await first.KillAsync();
            }
            finally
            {
                await first.DisposeAsync();
            }

            await using var second = await ServerProcess.StartAsync([.. args, "--urls", first.BaseAddress.ToString().TrimEnd('/')]);
            ReceivedNotification delivered;
            do
            {
                delivered = await listener.NextAsync();
            }
            while (listener.Received.Count(r => r.Body.Contains(failedId, StringComparison.Ordinal)) < 2);

            Assert.AreEqual(failedId, (string)Notify(delivered).Attribute("notificationID")!);
            Assert.AreEqual("closed", Notify(delivered).Descendants(Pres + "Status").Single().Value);
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task MinInterval_CoalescesQuickChangesIntoOneNotificationOfTheLatestData()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            await SubscribeAsync(server, resource, listener.Url(), $"initialValues=\"true\" minInterval=\"5\" expires=\"{Expires(TimeSpan.FromHours(1))}\"",
                "/gup:Profile/pres:PresenceSettings/pres:Status");
            Assert.AreEqual("1", (string?)Notify(await listener.NextAsync()).Element(Rg + "NotifiedData")!.Attribute("version"));

            foreach (var status in new[] { "closed", "open", "closed" })
            {
                Assert.AreEqual("OK", (await SetStatusAsync(server, resource, status)).StatusCode);
            }

            var coalesced = Notify(await listener.NextAsync()).Element(Rg + "NotifiedData")!;
            Assert.AreEqual("4", (string?)coalesced.Attribute("version"), "versions 2 and 3 were folded into 4");
            Assert.AreEqual("closed", coalesced.Descendants(Pres + "Status").Single().Value);
            Assert.HasCount(2, listener.Received);
        }
    }

    [TestMethod]
    public async Task Distributed_RafProcessNotifiesTheGupProcess_WhichNotifiesTheApplication()
    {
        await using var listener = await CallbackListener.StartAsync();
        await using var system = await DistributedGup.StartAsync();
        var resource = SharedServer.NewSubscriber("distributed");
        Assert.AreEqual("OK", (await RgText.PostAsync(system.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())))).StatusCode);
        var subscribed = await RgText.PostAsync(system.Rg, Subscribe(resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        var modified = await RgText.PostAsync(system.Rg, RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        var notify = Notify(await listener.NextAsync());
        Assert.AreEqual("closed", notify.Descendants(Pres + "Status").Single().Value);
        Assert.AreEqual("2", (string?)notify.Element(Rg + "NotifiedData")!.Attribute("version"));
    }

    [TestMethod]
    public async Task ForgedRafNotification_FromAThirdPartyToken_IsRefusedAndNotRelayed()
    {
        var (server, listener) = await StartAsync();
        await using (server)
        await using (listener)
        {
            var resource = await SubscriberAsync(server);
            var invokeId = await SubscribeAsync(server, resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status");
            const string Raf = "urn:gupsoap:raf:services";
            var forged = $"""<rp:NotifyData notificationID="urn:uuid:{Guid.NewGuid()}" changeType="modified" timeStamp="{SoapMessages.Instant(DateTimeOffset.UtcNow)}">{RgText.Resource(resource)}<rp:ComponentType>pres:PresenceSettings</rp:ComponentType><rp:InvokeID>s-x</rp:InvokeID><rp:NotifiedData version="9" changeTime="{SoapMessages.Instant(DateTimeOffset.UtcNow)}"><rp:Data><pres:PresenceSettings><pres:Status>forged</pres:Status></pres:PresenceSettings></rp:Data></rp:NotifiedData></rp:NotifyData>""";
            var answer = await SoapHttp.PostAsync(new Uri(server.BaseAddress, $"gup/notify?s={invokeId}"),
                SoapMessages.Envelope11(forged, SoapMessages.Headers(sender: Raf)));
            Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
            Assert.Contains("UnauthorizedOperation", answer.Text);

            // The genuine path still works, and the forged value never reached the application.
            Assert.AreEqual("OK", (await SetStatusAsync(server, resource, "closed")).StatusCode);
            var received = await listener.NextAsync();
            Assert.AreEqual("closed", Notify(received).Descendants(Pres + "Status").Single().Value);
            Assert.IsFalse(listener.Received.Any(r => r.Body.Contains("forged", StringComparison.Ordinal)));
        }
    }

    [TestMethod]
    public async Task Subscription_WithSecurityDefaults_IsRelayedInsideTheServerWithoutTheDevelopmentSwitch()
    {
        await using var listener = await CallbackListener.StartAsync();
        var data = GupServer.NewDataDirectory();
        await using var server = await GupServer.StartInAsync(data, ownsDataDirectory: true,
            "--Gup:Https:Url=https://127.0.0.1:0", "--Gup:Security:AllowNullBearer=false", "--Gup:Notifications:PollInterval=00:00:00.100");
        var handler = new SocketsHttpHandler { AllowAutoRedirect = false };
        var pin = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Gup:Rp:TrustedServerCertificatePath"] = "keys/tls-cert.pem" }).Build();
        Server.Routing.RpClientCertificates.ConfigurePrimaryHandler(handler, pin, data);
        using var https = new HttpClient(handler);
        var rg = new Uri(server.Urls[^1], "gup/rg");
        Task<SoapHttp.SoapAnswer> SendAsync(string body) => SoapHttp.PostAsync(rg, SoapMessages.Envelope11(body), client: https);

        // Application -> GUP over TLS; GUP -> RAF and RAF -> GUP over loopback HTTP with the deployment's own tokens.
        var resource = SharedServer.NewSubscriber("secure");
        Assert.AreEqual("OK", (await SendAsync(RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())))).StatusCode);
        Assert.AreEqual("OK", (await SendAsync(Subscribe(resource, listener.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status"))).StatusCode);
        var modified = await SendAsync(RgText.Modify(resource, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        Assert.AreEqual("closed", Notify(await listener.NextAsync()).Descendants(Pres + "Status").Single().Value);
    }
}
