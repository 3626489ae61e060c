using GupSoap.Core.Security;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

/// <summary>
/// The replay cache's contract on each store (SECURITY.md S9): check-and-insert atomic across callers and instances,
/// scopes apart, expiry, durable across a restart.
/// </summary>
public abstract class ReplayCacheContractTests(StoreKind kind)
{
    private const string Scope = "saml:AssertionID";

    private static readonly DateTimeOffset Expiry = ReplayCacheFiles.Start.AddMinutes(5);

    [TestMethod]
    public async Task TryRecord_FirstThenReplay_TrueThenFalse()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var cache = await place.OpenAsync();
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "b", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_AfterExpiry_IsRecordedAgainUntilTheNewExpiry()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var cache = await place.OpenAsync();
        await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None);
        place.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None), "still live a millisecond before expiry");
        place.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None), "the renewed record is live again");
    }

    [TestMethod]
    public async Task TryRecord_DifferentScopes_AreIndependent()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var cache = await place.OpenAsync();
        Assert.IsTrue(await cache.TryRecordAsync("saml:AssertionID", "same", Expiry, CancellationToken.None));
        Assert.IsTrue(await cache.TryRecordAsync("wsa:MessageID", "same", Expiry, CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync("wsa:MessageID", "same", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_64ConcurrentCallers_ExactlyOneAccepted()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var cache = await place.OpenAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => cache.TryRecordAsync(Scope, "once", Expiry, CancellationToken.None).AsTask())));
        Assert.AreEqual(1, results.Count(r => r));
    }

    [TestMethod]
    public async Task TryRecord_TwoInstancesOnOneFile_EachIdAcceptedExactlyOnce()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var first = await place.OpenAsync();
        var second = await place.OpenAsync();
        var ids = Enumerable.Range(0, 100).Select(i => $"id-{i}").ToList();
        var attempts = ids.SelectMany(id => new[] { first, second }.Select(cache =>
            Task.Run(async () => (id, accepted: await cache.TryRecordAsync(Scope, id, Expiry, CancellationToken.None)))));
        var results = await Task.WhenAll(attempts);
        foreach (var id in ids)
        {
            Assert.AreEqual(1, results.Count(r => r.id == id && r.accepted), id);
        }
    }

    [TestMethod]
    public async Task TryRecord_AfterDisposeAndReopen_IsStillAReplay()
    {
        await using var place = await ReplayCachePlace.CreateAsync(kind);
        var before = await place.OpenAsync();
        Assert.IsTrue(await before.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        await place.CloseAsync(before);

        var after = await place.OpenAsync();
        Assert.IsFalse(await after.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
    }
}

[TestClass]
public sealed class SqliteReplayCacheContractTests() : ReplayCacheContractTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresReplayCacheContractTests() : ReplayCacheContractTests(StoreKind.Postgres);
