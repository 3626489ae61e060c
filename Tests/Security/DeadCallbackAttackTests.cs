using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Server.Subscriptions;
using GupSoap.Tests.EndToEnd;
using GupSoap.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md R3 end to end: an application's callback that keeps failing is retried a bounded number of times, then
/// its subscription is suspended, and the application sees that in its subscription list over Rg.
/// </summary>
[TestClass]
public sealed class DeadCallbackAttackTests
{
    private const int MaxAttempts = 3;
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Lu = Namespaces.LibertyUtility;

    [TestMethod]
    public async Task DeadCallback_EndsInSuspendedSubscriptionListedToTheApplication()
    {
        await using var dead = await CallbackListener.StartAsync();
        dead.Default = CallbackAnswer.Fault;
        await using var server = await GupServer.StartAsync("--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1", "--Gup:Notifications:PollInterval=00:00:00.100",
            $"--Gup:Notifications:MaxAttempts={MaxAttempts}", "--Gup:Notifications:BaseBackoff=00:00:00.050", "--Gup:Notifications:MaxBackoff=00:00:00.200");
        var resource = SharedServer.NewSubscriber("dead-callback");
        Assert.AreEqual("OK", (await RgText.PostAsync(server.Rg, RgText.Create(resource, ("pres:PresenceSettings", SoapMessages.Presence())))).StatusCode);
        var subscribed = await RgText.PostAsync(server.Rg, SubscriptionFlowTests.Subscribe(resource, dead.Url(), null, "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);
        var invokeId = subscribed.Body.Descendants(Rg + "InvokeID").Single().Value;

        var changed = await RgText.PostAsync(server.Rg, RgText.Modify(resource,
            RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("OK", changed.StatusCode, changed.Text);

        // Every attempt reaches the callback and fails; after the last one the subscription is suspended.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var received = await dead.NextAsync();
            ids.Add((string)XDocument.Parse(received.Body).Descendants(Rg + "Notify").Single().Attribute("notificationID")!);
        }

        Assert.HasCount(1, ids, "the retries carry one stable notification id (R4)");
        var store = server.Services.GetRequiredService<ISubscriptionStore>();
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await store.GetAsync(invokeId, bound.Token))?.Status != SubscriptionStatus.Suspended)
        {
            await Task.Delay(50, bound.Token);
        }

        // The application lists its subscriptions (a second Subscribe with ListSubscriptions) and is told which one is suspended.
        var listing = SubscriptionFlowTests.Subscribe(resource, dead.Url("other"), null, "/gup:Profile/pres:PresenceSettings/pres:Status")
            .Replace("<rg:Filter", "<rg:ListSubscriptions>true</rg:ListSubscriptions><rg:Filter", StringComparison.Ordinal);
        var listed = await RgText.PostAsync(server.Rg, listing);
        Assert.AreEqual("OK", listed.StatusCode, listed.Text);
        CollectionAssert.Contains(listed.Body.Descendants(Rg + "InvokeID").Select(e => e.Value).ToList(), invokeId);
        var suspended = listed.Status.Elements(Lu + "Status").SingleOrDefault(s => (string?)s.Attribute("ref") == invokeId);
        Assert.IsNotNull(suspended, "the suspended subscription is reported: " + listed.Text);
        Assert.StartsWith("Suspended", (string?)suspended.Attribute("comment") ?? "", listed.Text);
        Assert.AreEqual(MaxAttempts, dead.Received.Count, "no delivery after the suspension");
    }
}
