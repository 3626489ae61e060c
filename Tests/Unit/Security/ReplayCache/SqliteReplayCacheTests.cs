using GupSoap.Core.Security;
using Microsoft.Data.Sqlite;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

[TestClass]
public sealed class SqliteReplayCacheTests
{
    private const string Scope = "saml:AssertionID";

    private static readonly DateTimeOffset Expiry = ReplayCacheFiles.Start.AddMinutes(5);

    [TestMethod]
    public async Task TryRecord_FirstThenReplay_TrueThenFalse()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "b", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_AfterExpiry_IsRecordedAgainUntilTheNewExpiry()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None);
        files.Time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromMilliseconds(1));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None), "still live a millisecond before expiry");
        files.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync(Scope, "a", Expiry.AddMinutes(5), CancellationToken.None), "the renewed record is live again");
    }

    [TestMethod]
    public async Task TryRecord_DifferentScopes_AreIndependent()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        Assert.IsTrue(await cache.TryRecordAsync("saml:AssertionID", "same", Expiry, CancellationToken.None));
        Assert.IsTrue(await cache.TryRecordAsync("wsa:MessageID", "same", Expiry, CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync("wsa:MessageID", "same", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_64ConcurrentCallers_ExactlyOneAccepted()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => cache.TryRecordAsync(Scope, "once", Expiry, CancellationToken.None).AsTask())));
        Assert.AreEqual(1, results.Count(r => r));
    }

    [TestMethod]
    public async Task TryRecord_TwoInstancesOnOneFile_EachIdAcceptedExactlyOnce()
    {
        using var files = new ReplayCacheFiles();
        using var first = files.Open();
        using var second = files.Open();
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
        using var files = new ReplayCacheFiles();
        using (var before = files.Open())
        {
            Assert.IsTrue(await before.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
        }

        using var after = files.Open();
        Assert.IsFalse(await after.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_FileIsNotADatabase_Throws_AndRecoversOnceRepaired()
    {
        using var files = new ReplayCacheFiles();
        Directory.CreateDirectory(files.Directory);
        await File.WriteAllTextAsync(files.DatabasePath, new string('x', 8192));
        using var cache = files.Open();
        var error = await Assert.ThrowsAsync<SqliteException>(() => cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None).AsTask());
        Assert.AreEqual(26, error.SqliteErrorCode, "SQLITE_NOTADB");

        File.Delete(files.DatabasePath);
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryRecord_DirectoryCannotBeCreated_Throws()
    {
        using var files = new ReplayCacheFiles();
        Directory.CreateDirectory(files.Directory);
        var blocker = Path.Combine(files.Directory, "not-a-directory");
        await File.WriteAllTextAsync(blocker, "");
        using var cache = new SqliteReplayCache(Path.Combine(blocker, "replay.db"), files.Time);
        await Assert.ThrowsAsync<IOException>(() => cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None).AsTask());
    }

    [TestMethod]
    public async Task TryRecord_AfterDispose_ThrowsObjectDisposed()
    {
        using var files = new ReplayCacheFiles();
        var cache = files.Open();
        cache.Dispose();
        await Assert.ThrowsExactlyAsync<ObjectDisposedException>(() => cache.TryRecordAsync(Scope, "a", Expiry, CancellationToken.None).AsTask());
    }
}
