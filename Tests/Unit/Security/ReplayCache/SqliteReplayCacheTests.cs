using GupSoap.Core.Security;
using Microsoft.Data.Sqlite;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

/// <summary>What only the SQLite file can get wrong; the replay contract itself is <see cref="ReplayCacheContractTests"/>.</summary>
[TestClass]
public sealed class SqliteReplayCacheTests
{
    private const string Scope = "saml:AssertionID";

    private static readonly DateTimeOffset Expiry = ReplayCacheFiles.Start.AddMinutes(5);

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
