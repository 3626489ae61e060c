using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>One lane per endpoint: order within it, independence between them (SECURITY.md R3), waking and stopping.</summary>
[TestClass]
public sealed class NotificationDispatcherLaneTests
{
    private const string A = "https://a.example/notify";
    private const string B = "https://b.example:8443/notify";

    [TestMethod]
    public async Task Deliver_ManyEntriesOneEndpoint_InSequenceOrderOneAtATime()
    {
        await using var harness = new DispatcherHarness(configure: o => o.BatchSize = 7);
        var added = Enumerable.Range(0, 40).Select(i => harness.Outbox.Add(A + "?n=" + i)).ToList();

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == added.Count);

        CollectionAssert.AreEqual(added.Select(e => e.Sequence).ToList(), harness.Sender.Attempts.Select(e => e.Sequence).ToList());
        Assert.AreEqual(1, harness.Sender.MaxInFlightPerEndpoint, "one attempt at a time per endpoint, paths and queries alike");
    }

    [TestMethod]
    public async Task Deliver_HeadWaitingForRetry_HoldsItsEndpointOnly()
    {
        await using var harness = new DispatcherHarness(jitter: 1.0);
        var first = harness.Outbox.Add(A);
        var second = harness.Outbox.Add(A);
        var other = harness.Outbox.Add(B);
        harness.Sender.Script(A, DeliveryAttempt.Retryable("HTTP 503"));

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Retries.Count == 1 && harness.Outbox.Delivered.Count == 1);
        await harness.LookAgainAsync();

        Assert.AreEqual(other.Sequence, harness.Outbox.Read(o => o.Delivered[0].Sequence), "the other endpoint went ahead");
        Assert.IsFalse(harness.Sender.Attempts.Any(a => a.Sequence == second.Sequence), "nothing overtakes the waiting head");

        harness.Time.Advance(TimeSpan.FromSeconds(1));
        harness.Dispatcher.Wake();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 3);

        var forA = harness.Outbox.Read(o => o.Delivered.Where(e => e.Endpoint == A).Select(e => e.Sequence).ToList());
        CollectionAssert.AreEqual(new[] { first.Sequence, second.Sequence }, forA);
    }

    [TestMethod]
    public async Task Deliver_EndpointAttemptInFlight_OtherEndpointDelivered()
    {
        await using var harness = new DispatcherHarness();
        var stuckStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Sender.AttemptStarted += e => { if (e.Endpoint == A) { stuckStarted.TrySetResult(); } };
        harness.Sender.Hold(A);
        harness.Outbox.Add(A);
        var other = harness.Outbox.Add(B);

        harness.Dispatcher.Start();
        await stuckStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 1);

        Assert.AreEqual(other.Sequence, harness.Outbox.Read(o => o.Delivered[0].Sequence), "delivered while A's attempt is held in flight");

        harness.Sender.Release(A);
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 2);
    }

    [TestMethod]
    public async Task Deliver_MoreEndpointsThanSlots_AllDelivered()
    {
        await using var harness = new DispatcherHarness(configure: o => o.MaxEndpoints = 2);
        for (var i = 0; i < 10; i++)
        {
            harness.Outbox.Add($"https://host{i}.example/n");
            harness.Outbox.Add($"https://host{i}.example/n");
        }

        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 20);

        Assert.AreEqual(20, harness.Dispatcher.DeliveredCount);
    }

    [TestMethod]
    public async Task Wake_EntryCommittedAfterStart_DeliveredWithoutWaitingForPoll()
    {
        await using var harness = new DispatcherHarness();
        harness.Dispatcher.Start();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Looks >= 1);

        harness.Outbox.Add(A);
        harness.Dispatcher.Wake();
        await harness.Outbox.WaitUntilAsync(() => harness.Outbox.Delivered.Count == 1);

        Assert.AreEqual(1, harness.Dispatcher.DeliveredCount);
    }

    [TestMethod]
    public async Task DisposeAsync_AttemptInFlight_WaitsForItsOutcome()
    {
        var harness = new DispatcherHarness();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Sender.AttemptStarted += _ => started.TrySetResult();
        harness.Sender.Hold(A);
        harness.Outbox.Add(A);
        harness.Dispatcher.Start();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var disposing = harness.DisposeAsync().AsTask();
        Assert.IsFalse(disposing.IsCompleted, "stopping waits for the attempt in flight");
        harness.Sender.Release(A);
        await disposing.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.AreEqual(1, harness.DeliveredCount);
    }

    [TestMethod]
    public async Task DisposeAsync_AttemptHangs_CancelledAndLeftPending()
    {
        var harness = new DispatcherHarness(configure: o => o.DrainTimeout = TimeSpan.FromMilliseconds(100));
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        harness.Sender.AttemptStarted += _ => started.TrySetResult();
        harness.Sender.Hold(A);
        harness.Outbox.Add(A);
        harness.Dispatcher.Start();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await harness.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.AreEqual(0, harness.DeliveredCount);
        Assert.AreEqual(0, harness.Outbox.Read(o => o.Retries.Count + o.GivenUp.Count), "an aborted attempt is not counted: it goes again after restart");
    }
}
