using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>Outcomes of attempts: delivered, retried with backoff, given up (SECURITY.md R3, R4).</summary>
[TestClass]
public sealed class NotificationDispatcherTests
{
    private const string Endpoint = "https://callback.example/notify";

    [TestMethod]
    public async Task Deliver_CallbackAccepts_DeliveredOnceAndMarked()
    {
        await using var harness = new DispatcherHarness();
        var entry = harness.Outbox.Add(Endpoint);

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 1);
        await harness.LookAgainAsync();

        Assert.AreEqual(entry.NotificationId, harness.Outbox.Read(o => o.Delivered[0].NotificationId));
        Assert.HasCount(1, harness.Sender.Attempts);
        Assert.AreEqual(1, harness.Dispatcher.DeliveredCount);
        Assert.AreEqual(0, harness.Dispatcher.FailedAttempts);
        Assert.AreEqual(0, harness.Outbox.Read(o => o.Retries.Count));
    }

    [TestMethod]
    public async Task Deliver_RetryableFailure_RetriesAfterBackoffThenSucceeds()
    {
        await using var harness = new DispatcherHarness(jitter: 0.5);
        harness.Outbox.Add(Endpoint);
        harness.Sender.Script(Endpoint, DeliveryAttempt.Retryable("HTTP 503"));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Retries.Count == 1);
        var retry = harness.Outbox.Read(o => o.Retries[0]);
        Assert.AreEqual(DispatcherHarness.Start + TimeSpan.FromMilliseconds(500), retry.NextAttempt, "half of the first ceiling (BaseBackoff)");
        Assert.AreEqual("HTTP 503", retry.Error);

        await harness.LookAgainAsync();
        Assert.HasCount(1, harness.Sender.Attempts, "not attempted again before its retry time");

        harness.Time.Advance(TimeSpan.FromMilliseconds(500));
        harness.Dispatcher.Wake();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 1);

        Assert.HasCount(2, harness.Sender.Attempts);
        Assert.AreEqual(1, harness.Dispatcher.FailedAttempts);
        Assert.AreEqual(1, harness.Dispatcher.DeliveredCount);
    }

    [TestMethod]
    public async Task Deliver_SecondFailure_BackoffCeilingDoubles()
    {
        await using var harness = new DispatcherHarness(jitter: 1.0, configure: o => o.MaxAttempts = 5);
        harness.Outbox.Add(Endpoint);
        harness.Sender.Script(Endpoint, DeliveryAttempt.Retryable("HTTP 503"), DeliveryAttempt.Retryable("HTTP 503"));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Retries.Count == 1);
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        harness.Dispatcher.Wake();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Retries.Count == 2);

        var second = harness.Outbox.Read(o => o.Retries[1]);
        Assert.AreEqual(DispatcherHarness.Start + TimeSpan.FromSeconds(1) + TimeSpan.FromSeconds(2), second.NextAttempt);
        Assert.AreEqual(1, second.Entry.Attempts, "the outbox counted the first attempt");
    }

    [TestMethod]
    public async Task Deliver_MaxAttemptsReached_GivesUpWithReason()
    {
        await using var harness = new DispatcherHarness(jitter: 0);
        harness.Outbox.Add(Endpoint);
        harness.Sender.Script(Endpoint, DeliveryAttempt.Retryable("HTTP 503"), DeliveryAttempt.Retryable("HTTP 503"), DeliveryAttempt.Retryable("HTTP 502"));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.GivenUp.Count == 1);

        var reason = harness.Outbox.Read(o => o.GivenUp[0].Reason);
        Assert.Contains("3 attempts", reason);
        Assert.Contains("HTTP 502", reason);
        Assert.HasCount(3, harness.Sender.Attempts);
        Assert.AreEqual(2, harness.Outbox.Read(o => o.Retries.Count));
        Assert.AreEqual(1, harness.Dispatcher.GivenUpCount);
        Assert.AreEqual(3, harness.Dispatcher.FailedAttempts);
        Assert.AreEqual(0, harness.DeliveredCount);
    }

    [TestMethod]
    public async Task Deliver_PermanentFailure_GivesUpWithoutRetry()
    {
        await using var harness = new DispatcherHarness();
        harness.Outbox.Add(Endpoint);
        harness.Sender.Script(Endpoint, DeliveryAttempt.Rejected("The callback answered HTTP 404."));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.GivenUp.Count == 1);

        Assert.AreEqual("The callback answered HTTP 404.", harness.Outbox.Read(o => o.GivenUp[0].Reason));
        Assert.HasCount(1, harness.Sender.Attempts);
        Assert.AreEqual(0, harness.Outbox.Read(o => o.Retries.Count));
    }

    [TestMethod]
    public async Task Deliver_SubscriptionGivenUp_ItsQueuedEntriesAreNotSentButOthersAre()
    {
        await using var harness = new DispatcherHarness();
        harness.Outbox.Add(Endpoint, "sub-1");
        var sameSubscription = harness.Outbox.Add(Endpoint, "sub-1");
        var other = harness.Outbox.Add(Endpoint, "sub-2");
        harness.Sender.Script(Endpoint, DeliveryAttempt.Rejected("The callback answered HTTP 410."));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 1);

        Assert.AreEqual(other.Sequence, harness.Outbox.Read(o => o.Delivered[0].Sequence));
        Assert.IsFalse(harness.Sender.Attempts.Any(a => a.Sequence == sameSubscription.Sequence));
    }

    [TestMethod]
    public async Task Deliver_SenderThrows_CountsAsRetryableAttempt()
    {
        await using var harness = new DispatcherHarness(jitter: 0);
        var throwing = new ThrowingSender();
        await using var dispatcher = new NotificationDispatcher(harness.Outbox, throwing, harness.Options, harness.Time,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<NotificationDispatcher>.Instance, new FixedRandom(0));
        harness.Outbox.Add(Endpoint);

        dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.GivenUp.Count == 1);

        Assert.AreEqual(2, harness.Outbox.Read(o => o.Retries.Count));
        Assert.Contains("InvalidOperationException", harness.Outbox.Read(o => o.GivenUp[0].Reason));
    }

    private sealed class ThrowingSender : INotificationSender
    {
        public Task<DeliveryAttempt> SendAsync(OutboxEntry entry, CancellationToken ct) => throw new InvalidOperationException("envelope could not be built");
    }
}
