using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>
/// A look at the outbox that read before an attempt's outcome was recorded and answers after it (a database read
/// under load): what it returns of that entry is stale and must not send it again (SECURITY.md R3, R4). Seen in CI as
/// duplicate notifications with several relays on one PostgreSQL outbox.
/// </summary>
[TestClass]
public sealed class NotificationDispatcherStaleLookTests
{
    private const string A = "https://a.example/notify";

    [TestMethod]
    public async Task Look_ReadBeforeADeliveryWasRecorded_DoesNotSendItAgain()
    {
        await using var harness = new DispatcherHarness();
        var first = await StartHeldAsync(harness);
        var look = await HoldALookAsync(harness);

        harness.Sender.Release(A);
        await WaitUntilSettledAsync(harness, () => harness.DeliveredCount == 1);
        look.Answer.TrySetResult();
        var second = harness.Outbox.Add(A);
        await harness.LookAgainAsync();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Any(e => e.Sequence == second.Sequence));

        Assert.AreEqual(1, harness.Sender.Attempts.Count(a => a.Sequence == first.Sequence), "delivered once, not again from the stale look");
        CollectionAssert.AreEqual(new[] { first.Sequence, second.Sequence }, harness.Outbox.Read(o => o.Delivered.Select(e => e.Sequence).ToList()));
    }

    [TestMethod]
    public async Task Look_ReadBeforeARetryWasRecorded_DoesNotSendItBeforeItsRetryTime()
    {
        await using var harness = new DispatcherHarness(jitter: 1.0);
        harness.Sender.Script(A, DeliveryAttempt.Retryable("HTTP 503"));
        var first = await StartHeldAsync(harness);
        var look = await HoldALookAsync(harness);

        harness.Sender.Release(A);
        await WaitUntilSettledAsync(harness, () => harness.Outbox.Retries.Count == 1);
        look.Answer.TrySetResult();
        await harness.LookAgainAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(1));
        harness.Dispatcher.Wake();
        await harness.Outbox.WaitUntilAsync(() => harness.DeliveredCount == 1);

        var attempts = harness.Sender.Attempts.Where(a => a.Sequence == first.Sequence).ToList();
        Assert.HasCount(2, attempts);
        Assert.AreEqual(1, attempts[1].Attempts, "the second attempt is the rescheduled entry, sent at its retry time, not the stale copy");
    }

    [TestMethod]
    public async Task Look_ReadBeforeASubscriptionWasGivenUp_DoesNotSendItsLaterEntries()
    {
        await using var harness = new DispatcherHarness();
        harness.Sender.Script(A, DeliveryAttempt.Rejected("HTTP 404"));
        var first = await StartHeldAsync(harness);
        var later = harness.Outbox.Add(A);
        var look = await HoldALookAsync(harness);

        harness.Sender.Release(A);
        await WaitUntilSettledAsync(harness, () => harness.Outbox.GivenUp.Count == 1);
        look.Answer.TrySetResult();
        var other = harness.Outbox.Add(A, subscriptionId: "sub-2");
        await harness.LookAgainAsync();
        await harness.Outbox.WaitUntilAsync(() => harness.DeliveredCount == 1);

        Assert.AreEqual(other.Sequence, harness.Outbox.Read(o => o.Delivered.Single().Sequence));
        Assert.IsFalse(harness.Sender.Attempts.Any(a => a.Sequence == later.Sequence), "the given-up subscription's later entry stays parked");
        Assert.AreEqual(1, harness.Sender.Attempts.Count(a => a.Sequence == first.Sequence));
    }

    private static async Task<OutboxEntry> StartHeldAsync(DispatcherHarness harness)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Sender.AttemptStarted += _ => started.TrySetResult();
        harness.Sender.Hold(A);
        var entry = harness.Outbox.Add(A);
        harness.Dispatcher.Start();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return entry;
    }

    private static async Task<(TaskCompletionSource Read, TaskCompletionSource Answer)> HoldALookAsync(DispatcherHarness harness)
    {
        var look = harness.Outbox.HoldNextLook();
        harness.Dispatcher.Wake();
        await look.Read.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return look;
    }

    /// <summary>The outcome is recorded and the dispatcher has let go of the entry (it holds nothing any more).</summary>
    private static async Task WaitUntilSettledAsync(DispatcherHarness harness, Func<bool> recorded)
    {
        await harness.Outbox.WaitUntilAsync(recorded);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (harness.Dispatcher.Backlog > 0)
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, "the dispatcher let go of the settled entry");
            await Task.Delay(5);
        }
    }
}
