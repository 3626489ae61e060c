using GupSoap.Core.Liberty;

namespace GupSoap.Tests.Unit.Security.ReplayCache;

[TestClass]
public sealed class ReplayCacheMessageIdStoreTests
{
    private static readonly DateTimeOffset Expiry = ReplayCacheFiles.Start.AddMinutes(5);

    [TestMethod]
    public async Task TryAdd_SameMessageIdThroughAnotherInstance_IsADuplicate()
    {
        using var files = new ReplayCacheFiles();
        using var first = files.Open();
        using var second = files.Open();
        Assert.IsTrue(await new ReplayCacheMessageIdStore(first).TryAddAsync("urn:uuid:1", Expiry, CancellationToken.None));
        Assert.IsFalse(await new ReplayCacheMessageIdStore(second).TryAddAsync("urn:uuid:1", Expiry, CancellationToken.None));
    }

    [TestMethod]
    public async Task TryAdd_UsesItsOwnScope_ApartFromAssertionIds()
    {
        using var files = new ReplayCacheFiles();
        using var cache = files.Open();
        Assert.IsTrue(await cache.TryRecordAsync("saml:AssertionID", "urn:uuid:1", Expiry, CancellationToken.None));
        Assert.IsTrue(await new ReplayCacheMessageIdStore(cache).TryAddAsync("urn:uuid:1", Expiry, CancellationToken.None));
        Assert.IsFalse(await cache.TryRecordAsync(ReplayCacheMessageIdStore.Scope, "urn:uuid:1", Expiry, CancellationToken.None));
    }
}
