using GupSoap.Core.Security;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

[TestClass]
public sealed class SqliteReplayCachePurgeTests
{
    private const string Scope = "wsa:MessageID";

    [TestMethod]
    public async Task PurgeExpired_RemovesOnlyExpiredRows()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        await cache.TryRecordAsync(Scope, "short", ReplayCacheFiles.Start.AddMinutes(1), CancellationToken.None);
        await cache.TryRecordAsync(Scope, "long", ReplayCacheFiles.Start.AddMinutes(10), CancellationToken.None);
        files.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.AreEqual(1, await cache.PurgeExpiredAsync(CancellationToken.None));
        Assert.AreEqual(1, await files.CountRowsAsync());
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "long", ReplayCacheFiles.Start.AddMinutes(10), CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_OncePurgeIsDue_DeletesTheBacklogInBatches()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        var backlog = (SqliteReplayCache.PurgeBatch * 2) + 500;
        for (var i = 0; i < backlog; i++)
        {
            await cache.TryRecordAsync(Scope, $"old-{i}", ReplayCacheFiles.Start.AddSeconds(30), CancellationToken.None);
        }

        files.Time.Advance(SqliteReplayCache.PurgeInterval);
        await cache.TryRecordAsync(Scope, "new-0", files.Time.GetUtcNow().AddMinutes(5), CancellationToken.None);
        Assert.AreEqual(backlog - SqliteReplayCache.PurgeBatch + 1, await files.CountRowsAsync(), "one batch per call");
        await cache.TryRecordAsync(Scope, "new-1", files.Time.GetUtcNow().AddMinutes(5), CancellationToken.None);
        await cache.TryRecordAsync(Scope, "new-2", files.Time.GetUtcNow().AddMinutes(5), CancellationToken.None);
        Assert.AreEqual(3, await files.CountRowsAsync(), "purging continues while batches come back full");
    }

    [TestMethod]
    public async Task TryRecord_BeforeThePurgeInterval_LeavesExpiredRows()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        await cache.TryRecordAsync(Scope, "a", ReplayCacheFiles.Start.AddSeconds(1), CancellationToken.None);
        files.Time.Advance(TimeSpan.FromSeconds(10));
        await cache.TryRecordAsync(Scope, "b", ReplayCacheFiles.Start.AddMinutes(5), CancellationToken.None);
        Assert.AreEqual(2, await files.CountRowsAsync(), "purging runs at most once per interval, not on every call");
    }
}
