using GupSoap.Core.Liberty;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Soap;

[TestClass]
public sealed class InMemoryMessageIdStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public async Task TryAdd_SameKeyTwice_SecondIsRefused()
    {
        var store = new InMemoryMessageIdStore(new ManualTimeProvider(Now));
        Assert.IsTrue(await store.TryAddAsync("a", Now.AddMinutes(5), CancellationToken.None));
        Assert.IsFalse(await store.TryAddAsync("a", Now.AddMinutes(5), CancellationToken.None));
        Assert.IsTrue(await store.TryAddAsync("b", Now.AddMinutes(5), CancellationToken.None));
    }

    [TestMethod]
    public async Task TryAdd_AfterExpiry_IsAcceptedAgain_AndMemoryIsReleased()
    {
        var time = new ManualTimeProvider(Now);
        var store = new InMemoryMessageIdStore(time);
        await store.TryAddAsync("a", Now.AddMinutes(5), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(4));
        Assert.IsFalse(await store.TryAddAsync("a", Now.AddMinutes(9), CancellationToken.None), "still remembered before expiry");
        time.Advance(TimeSpan.FromMinutes(2));
        Assert.IsTrue(await store.TryAddAsync("a", Now.AddMinutes(11), CancellationToken.None));
        Assert.AreEqual(1, store.Count);
    }

    [TestMethod]
    public async Task TryAdd_OverCapacity_ThrowsSoCallersFailClosed()
    {
        var store = new InMemoryMessageIdStore(new ManualTimeProvider(Now), capacity: 2);
        await store.TryAddAsync("a", Now.AddMinutes(5), CancellationToken.None);
        await store.TryAddAsync("b", Now.AddMinutes(5), CancellationToken.None);
        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => store.TryAddAsync("c", Now.AddMinutes(5), CancellationToken.None).AsTask());
    }

    [TestMethod]
    public async Task TryAdd_ConcurrentSameKey_ExactlyOneWins()
    {
        var store = new InMemoryMessageIdStore(new ManualTimeProvider(Now));
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => store.TryAddAsync("race", Now.AddMinutes(5), CancellationToken.None).AsTask())));
        Assert.AreEqual(1, results.Count(r => r));
    }
}
