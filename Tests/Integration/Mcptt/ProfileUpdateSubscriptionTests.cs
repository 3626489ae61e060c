using System.Xml.Linq;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>
/// SubscribeProfileUpdates over HTTP: a change of a subscribed profile by another device arrives at the callback as
/// cm:ProfileUpdateNotification with the profile id and new version; changes of other profiles do not.
/// </summary>
[TestClass]
public sealed class ProfileUpdateSubscriptionTests
{
    private static async Task<string> SubscribeAsync(Uri server, string user, string notifyTo, params string[] profileIds)
    {
        var answer = await PostAsync(server, user, Subscribe(user, notifyTo, DateTimeOffset.UtcNow.AddHours(1), profileIds));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Response().Element(Cm + "SubscriptionID")!.Value;
    }

    private static XElement Notification(ReceivedNotification received) =>
        XDocument.Parse(received.Body).Descendants(Cm + "ProfileUpdateNotification").Single();

    [TestMethod]
    public async Task SubscribeProfileUpdates_AnotherDeviceUploads_NotifiesProfileIdAndNewVersion()
    {
        await using var listener = await CallbackListener.StartAsync();
        await using var server = await GupServer.StartAsync("--Gup:Notifications:PollInterval=00:00:00.100");
        var user = await NewUserAsync(server.BaseAddress);
        var subscription = await SubscribeAsync(server.BaseAddress, user, listener.Url("device-a"), "1");

        var upload = await PostAsync(server.BaseAddress, user, Upload(user, "1", 1, Profile(user, name: "Changed on B"), device: "B"));
        Assert.AreEqual("OK", upload.StatusCode, upload.Text);

        var received = await listener.NextAsync();
        Assert.AreEqual("\"urn:3gpp:mcptt:cm:1.0:ProfileUpdateNotification\"", received.SoapAction);
        var notification = Notification(received);
        Assert.AreEqual(user, notification.Element(Cm + "MCPTTID")!.Value);
        Assert.AreEqual("1", notification.Element(Cm + "ProfileID")!.Value);
        Assert.AreEqual("2", notification.Element(Cm + "NewVersion")!.Value);
        Assert.AreEqual(subscription, (string?)notification.Attribute("subscriptionID"));
        Assert.IsNotNull(notification.Attribute("notificationID"));
        Assert.DoesNotContain("Changed on B", received.Body, "the notification names the version, never the profile's content");
    }

    [TestMethod]
    public async Task SubscribeProfileUpdates_OtherProfileIdNamed_ChangeIsNotNotified()
    {
        await using var listener = await CallbackListener.StartAsync();
        await using var server = await GupServer.StartAsync("--Gup:Notifications:PollInterval=00:00:00.100");
        var user = await NewUserAsync(server.BaseAddress);
        await SubscribeAsync(server.BaseAddress, user, listener.Url("other"), "2");
        var watched = await NewUserAsync(server.BaseAddress);
        await SubscribeAsync(server.BaseAddress, watched, listener.Url("watched"), "1");

        Assert.AreEqual("OK", (await PostAsync(server.BaseAddress, user, Upload(user, "1", 1, Profile(user, name: "Unwatched change")))).StatusCode);
        Assert.AreEqual("OK", (await PostAsync(server.BaseAddress, watched, Upload(watched, "1", 1, Profile(watched, name: "Watched change")))).StatusCode);

        // Notifications of one repository are delivered in order: the watched one arriving first means the other was dropped.
        var received = await listener.NextAsync();
        Assert.AreEqual("/watched", received.Path);
        Assert.AreEqual(watched, Notification(received).Element(Cm + "MCPTTID")!.Value);
        Assert.IsFalse(listener.Received.Any(r => r.Path == "/other"));
    }

    [TestMethod]
    public async Task UnsubscribeProfileUpdates_OwnSubscription_EndsIt()
    {
        var server = SharedServer.Instance.BaseAddress;
        var user = await NewUserAsync(server);
        var subscription = await SubscribeAsync(server, user, "http://127.0.0.1:1/cb");

        var ended = await PostAsync(server, user, Unsubscribe(subscription));
        var again = await PostAsync(server, user, Unsubscribe(subscription));

        Assert.AreEqual("OK", ended.StatusCode, ended.Text);
        Assert.AreEqual("DoesNotExist", again.Detail, again.Text);
    }

    [TestMethod]
    public async Task SubscribeProfileUpdates_ExpiresInThePast_FailsWithInvalidParameter()
    {
        var server = SharedServer.Instance.BaseAddress;
        var user = await NewUserAsync(server);

        var answer = await PostAsync(server, user, Subscribe(user, "http://127.0.0.1:1/cb", DateTimeOffset.UtcNow.AddMinutes(-1)));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
    }
}
