using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Raf.Storage;
using GupSoap.Tests.Support;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf;

/// <summary>
/// The component store on each store (a fresh SQLite file or PostgreSQL schema per test): versions and change times,
/// all-or-nothing writes, serialised read-modify-write (SECURITY.md R7, R8), List Data paging and Define Data storage.
/// </summary>
public abstract class ComponentStoreTests(TestContext testContext, StoreKind kind)
{
    private static readonly XName Subscriber = ComponentTypeNames.SubscriberInfo;
    private static readonly XName Presence = ComponentTypeNames.PresenceSettings;
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 10, 20, 30, TimeSpan.Zero);

    private readonly List<IComponentStore> _stores = [];
    private string _path = "";
    private PostgresSchema? _schema;

    private CancellationToken Ct => testContext.CancellationToken;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _path = Path.Combine(Path.GetTempPath(), $"gupsoap-raf-test-{Guid.NewGuid():N}.db");
        if (kind == StoreKind.Postgres)
        {
            TestPostgres.Require();
            _schema = TestPostgres.NewSchema();
        }

        await OpenStoreAsync();
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(_schema);
        }

        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }
    }

    private IComponentStore Store => _stores[0];

    /// <summary>Another store on the same file or schema (a second process, or a restart).</summary>
    private async Task<IComponentStore> OpenStoreAsync()
    {
        IComponentStore store = _schema is null ? new SqliteComponentStore(_path) : new PostgresComponentStore(TestPostgres.Database, _schema);
        _stores.Add(store);
        await store.InitializeAsync(Ct);
        return store;
    }

    private Task<StoredComponent> InsertAsync(string resourceId, XName type, string data = "<x/>", string? resourceType = "sip", IComponentStore? store = null) =>
        (store ?? Store).WriteAsync(async session => WriteOutcome.Committed(await session.InsertAsync(resourceId, resourceType, type, data, T0)), simulate: false, Ct);

    private Task<StoredComponent> UpdateAsync(string resourceId, XName type, string data, DateTimeOffset at, bool simulate = false) =>
        Store.WriteAsync(async session =>
        {
            var existing = await session.GetAsync(resourceId, type);
            Assert.IsNotNull(existing);
            return WriteOutcome.Committed(await session.UpdateAsync(existing, data, at));
        }, simulate, Ct);

    private static string Ids(ListPage page) => string.Join(",", page.Resources.Select(r => r.ResourceId));

    [TestMethod]
    public async Task WriteAsync_Insert_ReadsBackWithVersionOneAndChangeTime()
    {
        var inserted = await InsertAsync("sip:alice@example.org", Subscriber, "<a>1</a>");

        var read = await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct);

        Assert.IsNotNull(read);
        Assert.AreEqual(1, inserted.Version);
        Assert.AreEqual(inserted, read);
        Assert.AreEqual("sip:alice@example.org", read.ResourceId);
        Assert.AreEqual("sip", read.ResourceType);
        Assert.AreEqual(Subscriber, read.ComponentType);
        Assert.AreEqual("<a>1</a>", read.Data);
        Assert.AreEqual(1, read.Version);
        Assert.AreEqual(T0, read.ChangedAt);
        Assert.AreEqual(TimeSpan.Zero, read.ChangedAt.Offset);
    }

    [TestMethod]
    public async Task WriteAsync_InsertWithLocalOffset_StoresTheSameInstantInUtc()
    {
        var local = T0.ToOffset(TimeSpan.FromHours(2));

        await Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync("tel:+46700000001", null, Presence, "<p/>", local)), simulate: false, Ct);
        var read = await Store.ReadAsync("tel:+46700000001", Presence, Ct);

        Assert.IsNotNull(read);
        Assert.IsNull(read.ResourceType);
        Assert.AreEqual(T0.UtcTicks, read.ChangedAt.UtcTicks);
        Assert.AreEqual(TimeSpan.Zero, read.ChangedAt.Offset);
    }

    [TestMethod]
    public async Task ReadAsync_Missing_IsNull()
    {
        await InsertAsync("sip:alice@example.org", Subscriber);

        Assert.IsNull(await Store.ReadAsync("sip:bob@example.org", Subscriber, Ct));
        Assert.IsNull(await Store.ReadAsync("sip:alice@example.org", Presence, Ct));
    }

    [TestMethod]
    public async Task WriteAsync_UpdateWithoutClockMoving_RaisesVersionAndChangeTimeStrictly()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        var second = await UpdateAsync("sip:alice@example.org", Subscriber, "v2", T0);
        var third = await UpdateAsync("sip:alice@example.org", Subscriber, "v3", T0);

        Assert.AreEqual(2, second.Version);
        Assert.AreEqual(3, third.Version);
        Assert.IsGreaterThan(T0, second.ChangedAt);
        Assert.IsGreaterThan(second.ChangedAt, third.ChangedAt);
        Assert.AreEqual(third, await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct));
    }

    [TestMethod]
    public async Task WriteAsync_UpdateWithClockGoingBack_StillRaisesChangeTime()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        var updated = await UpdateAsync("sip:alice@example.org", Subscriber, "v2", T0.AddHours(-1));

        Assert.AreEqual(2, updated.Version);
        Assert.IsGreaterThan(T0, updated.ChangedAt);
        Assert.AreEqual(updated.ChangedAt, (await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct))!.ChangedAt);
    }

    [TestMethod]
    public async Task WriteAsync_UpdateLater_TakesTheGivenTime()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        var updated = await UpdateAsync("sip:alice@example.org", Subscriber, "v2", T0.AddMinutes(5));

        Assert.AreEqual(T0.AddMinutes(5), updated.ChangedAt);
        Assert.AreEqual("v2", (await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct))!.Data);
    }

    [TestMethod]
    public async Task WriteAsync_SimulatedInsert_IsRolledBack()
    {
        var result = await Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync("sip:alice@example.org", "sip", Subscriber, "<a/>", T0)), simulate: true, Ct);

        Assert.AreEqual(1, result.Version);
        Assert.IsNull(await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct));
    }

    [TestMethod]
    public async Task WriteAsync_SimulatedUpdateAndDefinition_AreRolledBack()
    {
        var inserted = await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        var updated = await Store.WriteAsync(async s =>
        {
            await s.AddDefinitionAsync(new StoredDefinition(Subscriber, Sub + "Nick", Xs + "string", "/sub:SubscriberInfo", new Dictionary<string, string>(), 1), T0);
            return WriteOutcome.Committed(await s.UpdateAsync((await s.GetAsync("sip:alice@example.org", Subscriber))!, "v2", T0));
        }, simulate: true, Ct);

        Assert.AreEqual(2, updated.Version);
        Assert.AreEqual(inserted, await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct));
        Assert.IsEmpty(await Store.GetDefinitionsAsync(Subscriber, Ct));
    }

    [TestMethod]
    public async Task WriteAsync_RolledBackOutcome_StoresNothing()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        var result = await Store.WriteAsync(async s =>
        {
            await s.InsertAsync("sip:bob@example.org", "sip", Subscriber, "<b/>", T0);
            await s.UpdateAsync((await s.GetAsync("sip:alice@example.org", Subscriber))!, "v2", T0);
            await s.DeleteAsync((await s.GetAsync("sip:bob@example.org", Subscriber))!);
            return WriteOutcome.RolledBack("failed on purpose");
        }, simulate: false, Ct);

        Assert.AreEqual("failed on purpose", result);
        Assert.IsNull(await Store.ReadAsync("sip:bob@example.org", Subscriber, Ct));
        var alice = await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct);
        Assert.AreEqual(1, alice!.Version);
        Assert.AreEqual("v1", alice.Data);
    }

    [TestMethod]
    public async Task WriteAsync_WorkThrows_RollsBackAndStoreStaysUsable()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Store.WriteAsync<int>(async s =>
        {
            await s.InsertAsync("sip:bob@example.org", "sip", Subscriber, "<b/>", T0);
            await s.UpdateAsync((await s.GetAsync("sip:alice@example.org", Subscriber))!, "v2", T0);
            throw new InvalidOperationException("boom");
        }, simulate: false, Ct));

        Assert.IsNull(await Store.ReadAsync("sip:bob@example.org", Subscriber, Ct));
        Assert.AreEqual("v1", (await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct))!.Data);

        // The write lock was released: the very same writes now succeed.
        var bob = await InsertAsync("sip:bob@example.org", Subscriber, "<b/>");
        var alice = await UpdateAsync("sip:alice@example.org", Subscriber, "v2", T0);
        Assert.AreEqual(1, bob.Version);
        Assert.AreEqual(2, alice.Version);
    }

    [TestMethod]
    public async Task WriteAsync_UpdateFromStaleCopy_ThrowsAndRollsBackTheWholeWork()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");

        await Assert.ThrowsExactlyAsync<InvalidOperationException>(() => Store.WriteAsync(async s =>
        {
            var stale = (await s.GetAsync("sip:alice@example.org", Subscriber))!;
            await s.UpdateAsync(stale, "v2", T0);
            return WriteOutcome.Committed(await s.UpdateAsync(stale, "v3", T0));
        }, simulate: false, Ct));

        var read = await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct);
        Assert.AreEqual(1, read!.Version);
        Assert.AreEqual("v1", read.Data);
    }

    [TestMethod]
    public async Task WriteAsync_Delete_RemovesOnlyThatComponent()
    {
        await InsertAsync("sip:alice@example.org", Subscriber);
        await InsertAsync("sip:alice@example.org", Presence);

        await Store.WriteAsync(async s =>
        {
            await s.DeleteAsync((await s.GetAsync("sip:alice@example.org", Subscriber))!);
            return WriteOutcome.Committed(0);
        }, simulate: false, Ct);

        Assert.IsNull(await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct));
        Assert.IsNotNull(await Store.ReadAsync("sip:alice@example.org", Presence, Ct));
    }

    [TestMethod]
    public async Task WriteAsync_TwentyConcurrentReadModifyWrites_LoseNoUpdate()
    {
        const int Writers = 20;
        await InsertAsync("sip:counter@example.org", Subscriber, "");

        var versions = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => Store.WriteAsync(async s =>
        {
            var current = await s.GetAsync("sip:counter@example.org", Subscriber);
            // Give every other writer a chance to run between this read and the write below.
            await Task.Yield();
            var updated = await s.UpdateAsync(current!, current!.Data + (char)('A' + i), T0);
            return WriteOutcome.Committed(updated.Version);
        }, simulate: false, Ct), Ct)));

        var final = await Store.ReadAsync("sip:counter@example.org", Subscriber, Ct);
        Assert.IsNotNull(final);
        Assert.AreEqual(Writers + 1, final.Version);
        Assert.HasCount(Writers, final.Data.ToCharArray());
        CollectionAssert.AreEquivalent(Enumerable.Range(0, Writers).Select(i => (char)('A' + i)).ToList(), final.Data.ToList());
        CollectionAssert.AreEquivalent(Enumerable.Range(2, Writers).Select(v => (long)v).ToList(), versions);
        Assert.IsGreaterThan(T0, final.ChangedAt);
    }

    [TestMethod]
    public async Task WriteAsync_ConcurrentReadModifyWritesThroughTwoStores_LoseNoUpdate()
    {
        const int Writers = 20;
        var second = await OpenStoreAsync();
        await InsertAsync("sip:counter@example.org", Subscriber, "");

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => (i % 2 == 0 ? Store : second).WriteAsync(async s =>
        {
            var current = await s.GetAsync("sip:counter@example.org", Subscriber);
            await Task.Yield();
            return WriteOutcome.Committed((await s.UpdateAsync(current!, current!.Data + (char)('A' + i), T0)).Version);
        }, simulate: false, Ct), Ct)));

        var final = await second.ReadAsync("sip:counter@example.org", Subscriber, Ct);
        Assert.AreEqual(Writers + 1, final!.Version);
        CollectionAssert.AreEquivalent(Enumerable.Range(0, Writers).Select(i => (char)('A' + i)).ToList(), final.Data.ToList());
    }

    [TestMethod]
    public async Task ListAsync_EmptyStore_IsEndOfList()
    {
        var page = await Store.ListAsync(null, [], 0, 10, Ct);

        Assert.IsEmpty(page.Resources);
        Assert.IsTrue(page.EndOfList);
    }

    [TestMethod]
    public async Task ListAsync_Paging_CountsResourcesNotRows()
    {
        await InsertAsync("sip:a@example.org", Subscriber);
        await InsertAsync("sip:a@example.org", Presence);
        await InsertAsync("sip:b@example.org", Subscriber);
        await InsertAsync("sip:c@example.org", Presence);
        await InsertAsync("sip:d@example.org", Subscriber);
        await InsertAsync("sip:d@example.org", Presence);
        await InsertAsync("tel:+46700000001", Subscriber, resourceType: "tel");

        var first = await Store.ListAsync(null, [], 0, 2, Ct);
        var second = await Store.ListAsync(null, [], 2, 2, Ct);
        var last = await Store.ListAsync(null, [], 4, 2, Ct);
        var exact = await Store.ListAsync(null, [], 3, 2, Ct);
        var beyond = await Store.ListAsync(null, [], 10, 2, Ct);

        Assert.AreEqual("sip:a@example.org,sip:b@example.org", Ids(first));
        Assert.IsFalse(first.EndOfList);
        CollectionAssert.AreEqual(new[] { Presence, Subscriber }, first.Resources[0].ComponentTypes.ToArray());
        CollectionAssert.AreEqual(new[] { Subscriber }, first.Resources[1].ComponentTypes.ToArray());
        Assert.AreEqual("sip:c@example.org,sip:d@example.org", Ids(second));
        Assert.IsFalse(second.EndOfList);
        Assert.HasCount(2, second.Resources[1].ComponentTypes);
        Assert.AreEqual("tel:+46700000001", Ids(last));
        Assert.AreEqual("tel", last.Resources[0].ResourceType);
        Assert.IsTrue(last.EndOfList);
        Assert.AreEqual("sip:d@example.org,tel:+46700000001", Ids(exact));
        Assert.IsTrue(exact.EndOfList);
        Assert.IsEmpty(beyond.Resources);
        Assert.IsTrue(beyond.EndOfList);
    }

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow("*")]
    public async Task ListAsync_NoOrStarPattern_ListsEverything(string? pattern)
    {
        await InsertAsync("sip:a@example.org", Subscriber);
        await InsertAsync("tel:+46700000001", Subscriber);

        var page = await Store.ListAsync(pattern, [], 0, 10, Ct);

        Assert.AreEqual("sip:a@example.org,tel:+46700000001", Ids(page));
        Assert.IsTrue(page.EndOfList);
    }

    [TestMethod]
    [DataRow("sip:*", "sip:a@example.org,sip:b@other.org")]
    [DataRow("*@example.org", "sip:a@example.org")]
    [DataRow("sip:*@*", "sip:a@example.org,sip:b@other.org")]
    [DataRow("tel:+46700000001", "tel:+46700000001")]
    [DataRow("TEL:*", "")]
    [DataRow("sip:a", "")]
    public async Task ListAsync_StarPattern_MatchesAnyRun(string pattern, string expected)
    {
        await InsertAsync("sip:a@example.org", Subscriber);
        await InsertAsync("sip:b@other.org", Subscriber);
        await InsertAsync("tel:+46700000001", Subscriber);

        Assert.AreEqual(expected, Ids(await Store.ListAsync(pattern, [], 0, 10, Ct)));
    }

    [TestMethod]
    [DataRow("sip:x?y", "sip:x?y")]
    [DataRow("sip:[ab]", "sip:[ab]")]
    [DataRow("sip:a]", "sip:a]")]
    [DataRow("sip:[*", "sip:[ab]")]
    [DataRow("sip:*]", "sip:[ab],sip:a]")]
    [DataRow("sip:?", "")]
    [DataRow("sip:%", "")]
    [DataRow("sip:_", "")]
    [DataRow("sip:a_c", "sip:a_c")]
    [DataRow("sip:a%", "sip:a%")]
    [DataRow("sip:a\\*", "sip:a\\c")]
    public async Task ListAsync_GlobAndLikeMetacharactersOtherThanStar_MatchLiterally(string pattern, string expected)
    {
        foreach (var id in new[] { "sip:a", "sip:a]", "sip:b", "sip:xzy", "sip:x?y", "sip:[ab]", "sip:a_c", "sip:abc", "sip:a%", "sip:a\\c" })
        {
            await InsertAsync(id, Subscriber);
        }

        Assert.AreEqual(expected, Ids(await Store.ListAsync(pattern, [], 0, 10, Ct)));
    }

    [TestMethod]
    public async Task ListAsync_ComponentTypeFilter_ListsAndPagesOnlyMatchingResources()
    {
        await InsertAsync("sip:a@example.org", Subscriber);
        await InsertAsync("sip:a@example.org", Presence);
        await InsertAsync("sip:b@example.org", Subscriber);
        await InsertAsync("sip:c@example.org", Presence);
        await InsertAsync("sip:d@example.org", Presence);

        var first = await Store.ListAsync(null, [Presence], 0, 2, Ct);
        var second = await Store.ListAsync("*", [Presence], 2, 2, Ct);
        var both = await Store.ListAsync("sip:a*", [Presence, Subscriber], 0, 10, Ct);
        var subscribers = await Store.ListAsync("sip:*", [Subscriber], 0, 10, Ct);

        Assert.AreEqual("sip:a@example.org,sip:c@example.org", Ids(first));
        Assert.IsFalse(first.EndOfList);
        CollectionAssert.AreEqual(new[] { Presence }, first.Resources[0].ComponentTypes.ToArray());
        Assert.AreEqual("sip:d@example.org", Ids(second));
        Assert.IsTrue(second.EndOfList);
        Assert.HasCount(2, both.Resources[0].ComponentTypes);
        Assert.AreEqual("sip:a@example.org,sip:b@example.org", Ids(subscribers));
        Assert.IsTrue(subscribers.Resources.All(r => r.ComponentTypes.SequenceEqual([Subscriber])));
    }

    [TestMethod]
    public async Task Definitions_AddedInWrite_RoundTripWithNamespaceMap()
    {
        var lcsType = ComponentTypeNames.LcsPrivacy;
        var retention = new StoredDefinition(lcsType, Lcs + "RetentionDays", Xs + "int", "/l:LcsPrivacy",
            new Dictionary<string, string>(StringComparer.Ordinal) { ["l"] = Lcs.NamespaceName, ["gup"] = "urn:3gpp:gup:2006-08", ["odd"] = "urn:x:\"quoted\"/é" }, 3);
        var flag = new StoredDefinition(lcsType, XName.Get("Flag", "urn:example:ext"), Xs + "boolean", "/lcs:LcsPrivacy",
            new Dictionary<string, string>(StringComparer.Ordinal), 1);
        var other = new StoredDefinition(Presence, Pres + "Priority", Xs + "int", "/pres:PresenceSettings/pres:Device", new Dictionary<string, string>(), 1);

        var inSession = await Store.WriteAsync(async s =>
        {
            await s.AddDefinitionAsync(retention, T0);
            await s.AddDefinitionAsync(flag, T0.AddSeconds(1));
            await s.AddDefinitionAsync(other, T0);
            return WriteOutcome.Committed(await s.GetDefinitionsAsync(lcsType));
        }, simulate: false, Ct);
        var read = await Store.GetDefinitionsAsync(lcsType, Ct);

        foreach (var definitions in new[] { inSession, read })
        {
            Assert.HasCount(2, definitions);
            AssertSameDefinition(retention, definitions[0]);
            AssertSameDefinition(flag, definitions[1]);
        }

        var presence = await Store.GetDefinitionsAsync(Presence, Ct);
        Assert.HasCount(1, presence);
        AssertSameDefinition(other, presence[0]);
        Assert.IsEmpty(await Store.GetDefinitionsAsync(Subscriber, Ct));
    }

    private static void AssertSameDefinition(StoredDefinition expected, StoredDefinition actual)
    {
        Assert.AreEqual(expected.ComponentType, actual.ComponentType);
        Assert.AreEqual(expected.Name, actual.Name);
        Assert.AreEqual(expected.SimpleType, actual.SimpleType);
        Assert.AreEqual(expected.ParentSelect, actual.ParentSelect);
        Assert.AreEqual(expected.MaxOccurs, actual.MaxOccurs);
        CollectionAssert.AreEquivalent(expected.ParentNamespaces.ToList(), actual.ParentNamespaces.ToList());
    }

    [TestMethod]
    public async Task SecondStore_OnSameFile_SeesCommittedData()
    {
        await InsertAsync("sip:alice@example.org", Subscriber, "v1");
        await UpdateAsync("sip:alice@example.org", Subscriber, "v2", T0);
        await Store.WriteAsync(async s =>
        {
            await s.AddDefinitionAsync(new StoredDefinition(Subscriber, Sub + "Nick", Xs + "string", "/sub:SubscriberInfo",
                new Dictionary<string, string>(StringComparer.Ordinal) { ["sub"] = Sub.NamespaceName }, 1), T0);
            return WriteOutcome.Committed(0);
        }, simulate: false, Ct);
        await Store.WriteAsync(async s => WriteOutcome.RolledBack(await s.InsertAsync("sip:ghost@example.org", null, Subscriber, "g", T0)), simulate: false, Ct);
        var before = await Store.ReadAsync("sip:alice@example.org", Subscriber, Ct);
        await Store.DisposeAsync();

        var restarted = await OpenStoreAsync();

        Assert.AreEqual(before, await restarted.ReadAsync("sip:alice@example.org", Subscriber, Ct));
        Assert.AreEqual(2, before!.Version);
        Assert.IsNull(await restarted.ReadAsync("sip:ghost@example.org", Subscriber, Ct));
        var definitions = await restarted.GetDefinitionsAsync(Subscriber, Ct);
        Assert.HasCount(1, definitions);
        Assert.AreEqual(Sub.NamespaceName, definitions[0].ParentNamespaces["sub"]);
        var updated = await restarted.WriteAsync(async s => WriteOutcome.Committed(await s.UpdateAsync((await s.GetAsync("sip:alice@example.org", Subscriber))!, "v3", T0)), simulate: false, Ct);
        Assert.AreEqual(3, updated.Version);
    }
}

[TestClass]
public sealed class SqliteComponentStoreTests(TestContext testContext) : ComponentStoreTests(testContext, StoreKind.Sqlite)
{
    [TestMethod]
    [DataRow("a?b", "a[?]b")]
    [DataRow("[x]", "[[]x[]]")]
    [DataRow("sip:*@example.org", "sip:*@example.org")]
    [DataRow("", "")]
    public void ToGlob_Metacharacters_AreBracketed(string pattern, string expected)
    {
        Assert.AreEqual(expected, SqliteComponentQueries.ToGlob(pattern));
    }
}

[TestClass]
public sealed class PostgresComponentStoreTests(TestContext testContext) : ComponentStoreTests(testContext, StoreKind.Postgres)
{
    [TestMethod]
    [DataRow("a%b_c", "a\\%b\\_c")]
    [DataRow("a\\b", "a\\\\b")]
    [DataRow("sip:*@example.org", "sip:%@example.org")]
    [DataRow("", "")]
    public void ToLike_Metacharacters_AreEscapedAndStarIsPercent(string pattern, string expected)
    {
        Assert.AreEqual(expected, PostgresComponentQueries.ToLike(pattern));
    }
}
