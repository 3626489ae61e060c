using GupSoap.Core.Security;
using GupSoap.Tests.Unit.Security.ReplayCache;
using Microsoft.Data.Sqlite;

namespace GupSoap.Tests.Security;

/// <summary>SECURITY.md S9, R9, R10: a one-time identifier is accepted once, by one instance, across restarts, or not at all.</summary>
[TestClass]
public sealed class ReplayAttackTests
{
    private const string Scope = "saml:AssertionID";

    private static readonly DateTimeOffset Expiry = ReplayCacheFiles.Start.AddMinutes(5);

    [TestMethod]
    public async Task Replay_OneTimeIdAcrossRestart_IsRejected()
    {
        using var files = new ReplayCacheFiles();
        using (var beforeRestart = files.Open())
        {
            Assert.IsTrue(await beforeRestart.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None));
        }

        files.Time.Advance(TimeSpan.FromMinutes(2));
        using var afterRestart = files.Open();
        Assert.IsFalse(await afterRestart.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task Replay_ConcurrentInstances_OnlyOneAccepted()
    {
        using var files = new ReplayCacheFiles();
        using var first = files.Open();
        using var second = files.Open();
        var attempts = Enumerable.Range(0, 64).Select(i => Task.Run(() =>
            (i % 2 == 0 ? first : second).TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None).AsTask()));
        var results = await Task.WhenAll(attempts);
        Assert.AreEqual(1, results.Count(r => r));
    }

    [TestMethod]
    public async Task Replay_ConcurrentProcesses_EachIdAcceptedOnce()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        await cache.TryRecordAsync(Scope, "schema", Expiry, CancellationToken.None);
        const int Count = 2000;
        await using var other = await SqliteChildProcess.StartAsync(files.DatabasePath, Scope, Count, files.Time.GetUtcNow(), Expiry);
        var ours = new List<int>();
        for (var i = 0; i < Count; i++)
        {
            if (await cache.TryRecordAsync(Scope, $"id-{i}", Expiry, CancellationToken.None))
            {
                ours.Add(i);
            }
        }

        var theirs = await other.AcceptedAsync();
        Assert.AreEqual(0, ours.Intersect(theirs).Count(), "an id accepted by both processes");
        Assert.AreEqual(Count, ours.Count + theirs.Count, "an id accepted by neither process");
    }

    [TestMethod]
    public async Task Replay_CacheUnavailable_FailsClosed()
    {
        using var files = new ReplayCacheFiles();
        Directory.CreateDirectory(files.Directory);
        await File.WriteAllBytesAsync(files.DatabasePath, new byte[4096]);
        using var corrupt = files.Open();
        await Assert.ThrowsAsync<SqliteException>(() => corrupt.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None).AsTask());

        var blocker = Path.Combine(files.Directory, "file");
        await File.WriteAllTextAsync(blocker, "");
        using var unwritable = new SqliteReplayCache(Path.Combine(blocker, "replay.db"), files.Time);
        await Assert.ThrowsAsync<IOException>(() => unwritable.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None).AsTask());
    }

    [TestMethod]
    public async Task Replay_CacheLockedBeyondBusyTimeout_FailsClosed()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        await cache.TryRecordAsync(Scope, "schema", Expiry, CancellationToken.None);
        await using var holder = new SqliteConnection($"Data Source={files.DatabasePath};Pooling=False");
        await holder.OpenAsync();
        await using var hold = holder.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync();

        var started = TimeProvider.System.GetTimestamp();
        var error = await Assert.ThrowsAsync<SqliteException>(() => cache.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None).AsTask());
        var waited = TimeProvider.System.GetElapsedTime(started);
        Assert.AreEqual(5, error.SqliteErrorCode, "SQLITE_BUSY");
        Assert.IsTrue(waited >= TimeSpan.FromSeconds(1.5) && waited < TimeSpan.FromSeconds(10), $"gave up after {waited}");

        hold.CommandText = "ROLLBACK";
        await hold.ExecuteNonQueryAsync();
        Assert.IsTrue(await cache.TryRecordAsync(Scope, "_assertion-1", Expiry, CancellationToken.None), "the refused id was not spent");
    }
}
