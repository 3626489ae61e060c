using GupSoap.Core.Notifications;
using GupSoap.Tests.Support;
using GupSoap.Tests.Unit.Notifications;
using Microsoft.Extensions.Logging.Abstractions;

namespace GupSoap.Tests.Integration.Notifications;

/// <summary>The dispatcher with the real sender over real HTTP to Kestrel callbacks (TS 23.240 §4.3.7; SECURITY.md R3, R4).</summary>
[TestClass]
public sealed class NotificationDeliveryTests
{
    private static NotificationDispatcher Dispatcher(InMemoryOutbox outbox, INotificationSender sender, TimeSpan? drain = null) =>
        new(outbox, sender, new DeliveryOptions { PollInterval = TimeSpan.FromHours(1), MaxAttempts = 3, DrainTimeout = drain ?? TimeSpan.FromSeconds(10) },
            new ManualTimeProvider(DateTimeOffset.UnixEpoch), NullLogger<NotificationDispatcher>.Instance, new FixedRandom(0));

    [TestMethod]
    public async Task Deliver_OverHttp_ReceivedOnceAsSoapAndMarked()
    {
        await using var callback = await CallbackListener.StartAsync();
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed());
        var outbox = new InMemoryOutbox();
        var entry = outbox.Add(callback.Url());
        await using var dispatcher = Dispatcher(outbox, client.Sender);

        dispatcher.Start();
        var received = await callback.NextAsync();
        await outbox.WaitUntilAsync(() => outbox.Delivered.Count == 1);

        Assert.AreEqual("\"urn:3gpp:gup:2006-08:rg:Notify\"", received.SoapAction);
        Assert.StartsWith("text/xml", received.ContentType!);
        Assert.Contains(entry.Payload, received.Body);
        Assert.Contains(entry.NotificationId, received.Body);
        Assert.HasCount(1, callback.Received);
    }

    [TestMethod]
    public async Task Deliver_CallbackFaultsThenAccepts_SameNotificationIdRedelivered()
    {
        await using var callback = await CallbackListener.StartAsync();
        callback.Then(CallbackAnswer.Fault);
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed());
        var outbox = new InMemoryOutbox();
        var entry = outbox.Add(callback.Url());
        await using var dispatcher = Dispatcher(outbox, client.Sender);

        dispatcher.Start();
        await outbox.WaitUntilAsync(() => outbox.Delivered.Count == 1);

        Assert.Contains("500", outbox.Read(o => o.Retries.Single().Error));
        Assert.HasCount(2, callback.Received);
        Assert.IsTrue(callback.Received.All(r => r.Body.Contains(entry.NotificationId, StringComparison.Ordinal)), "a retry carries the same notification id");
        Assert.AreNotEqual(callback.Received[0].Body, callback.Received[1].Body, "each attempt has a fresh envelope");
    }

    [TestMethod]
    public async Task Deliver_SeveralToOneCallback_ArriveInSequenceOrder()
    {
        await using var callback = await CallbackListener.StartAsync();
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed());
        var outbox = new InMemoryOutbox();
        var added = Enumerable.Range(0, 10).Select(i => outbox.Add(callback.Url($"notify/{i}"))).ToList();
        await using var dispatcher = Dispatcher(outbox, client.Sender);

        dispatcher.Start();
        await outbox.WaitUntilAsync(() => outbox.Delivered.Count == added.Count);

        CollectionAssert.AreEqual(Enumerable.Range(0, 10).Select(i => $"/notify/{i}").ToList(), callback.Received.Select(r => r.Path).ToList());
    }

    [TestMethod]
    public async Task DeadCallback_DoesNotDelayAnotherEndpoint()
    {
        await using var dead = await CallbackListener.StartAsync();
        dead.Default = CallbackAnswer.Hang;
        await using var alive = await CallbackListener.StartAsync();
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed(p => p.AttemptTimeout = TimeSpan.FromSeconds(30)));
        var outbox = new InMemoryOutbox();
        var stuck = outbox.Add(dead.Url(), "sub-dead");
        var prompt = outbox.Add(alive.Url(), "sub-alive");
        await using var dispatcher = Dispatcher(outbox, client.Sender, drain: TimeSpan.FromMilliseconds(200));

        dispatcher.Start();
        await dead.Hanging.WaitAsync(TimeSpan.FromSeconds(30));
        await alive.NextAsync();
        await outbox.WaitUntilAsync(() => outbox.Delivered.Count == 1);

        Assert.AreEqual(prompt.Sequence, outbox.Read(o => o.Delivered.Single().Sequence));
        Assert.IsFalse(outbox.Read(o => o.Retries.Any(r => r.Entry.Sequence == stuck.Sequence) || o.GivenUp.Count > 0), "the dead callback's attempt is still pending");
        Assert.AreEqual(1, dispatcher.DeliveredCount);
    }
}
