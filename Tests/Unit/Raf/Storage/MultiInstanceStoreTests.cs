using System.Xml.Linq;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Unit.Raf.Storage.McpttProfiles;

namespace GupSoap.Tests.Unit.Raf.Storage;

/// <summary>
/// The component store (each kind) holding several MCPTT user profiles per resource (ARCHITECTURE.md "Data model"): one row per
/// profileId, each with its own version, and the document's version attribute kept equal to it on every write.
/// </summary>
public abstract class MultiInstanceStoreTests(TestContext testContext, StoreKind kind)
{
    private const string Alice = "sip:alice@example.org";
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 10, 20, 30, TimeSpan.Zero);

    private readonly List<IComponentStore> _stores = [];
    private StorePlace? _place;

    private IComponentStore Store => _stores[0];

    private CancellationToken Ct => testContext.CancellationToken;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _place = StorePlace.Create(kind);
        _stores.Add(_place.Pick<IComponentStore>(d => new SqliteComponentStore(Path.Combine(d, "raf.db")), (db, schema) => new PostgresComponentStore(db, schema)));
        await Store.InitializeAsync(Ct);
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        if (_place is not null)
        {
            await _place.DisposeAsync();
        }
    }

    private Task<StoredComponent> InsertAsync(string data, string resource = Alice) =>
        Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync(resource, "sip", ProfileType, data, T0)), simulate: false, Ct);

    private Task<StoredComponent> UpdateAsync(string profileId, string data) =>
        Store.WriteAsync(async s => WriteOutcome.Committed(await s.UpdateAsync((await s.GetAsync(Alice, ProfileType, profileId))!, data, T0.AddMinutes(1))), simulate: false, Ct);

    [TestMethod]
    public async Task InsertAsync_TwoProfileIds_KeepsBothAsInstancesInProfileIdOrder()
    {
        await InsertAsync(Text("work", "Mutual aid"));
        await InsertAsync(Text("home"));

        var all = await Store.ReadAllAsync(Alice, ProfileType, Ct);

        CollectionAssert.AreEqual(new[] { "home", "work" }, all.Select(c => c.InstanceId).ToArray());
        Assert.IsTrue(all.All(c => c.Version == 1));
        Assert.AreEqual("Mutual aid", (string?)Document(all[1].Data).Elements().First());
    }

    [TestMethod]
    public async Task InsertAsync_WriterVersionAttribute_IsOverwrittenWithStoredVersion()
    {
        var inserted = await InsertAsync(Text("home", version: 42));

        Assert.AreEqual(1, inserted.Version);
        Assert.AreEqual("1", VersionOf(inserted.Data));
        Assert.AreEqual("1", VersionOf((await Store.ReadAsync(Alice, ProfileType, "home", Ct))!.Data));
    }

    [TestMethod]
    public async Task InsertAsync_SameProfileIdTwice_IsRefusedByTheKey()
    {
        await InsertAsync(Text("home"));

        await Assert.ThrowsAsync<Exception>(() => InsertAsync(Text("home", "Again")));

        Assert.HasCount(1, await Store.ReadAllAsync(Alice, ProfileType, Ct));
    }

    [TestMethod]
    public async Task UpdateAsync_OneInstance_RaisesOnlyItsVersionAndItsAttribute()
    {
        await InsertAsync(Text("home"));
        await InsertAsync(Text("work"));

        var updated = await UpdateAsync("work", Text("work", "Renamed", version: 1));

        Assert.AreEqual(2, updated.Version);
        Assert.AreEqual("2", VersionOf(updated.Data));
        Assert.AreEqual(1, (await Store.ReadAsync(Alice, ProfileType, "home", Ct))!.Version);
        Assert.AreEqual("2", VersionOf((await Store.ReadAsync(Alice, ProfileType, "work", Ct))!.Data));
    }

    [TestMethod]
    public async Task UpdateAsync_DataNamingAnotherInstance_ThrowsAndStoresNothing()
    {
        await InsertAsync(Text("home"));

        await Assert.ThrowsExactlyAsync<ArgumentException>(() => UpdateAsync("home", Text("work")));

        var all = await Store.ReadAllAsync(Alice, ProfileType, Ct);
        Assert.AreEqual("home", all.Single().InstanceId);
        Assert.AreEqual(1, all.Single().Version);
    }

    [TestMethod]
    public async Task DeleteAsync_OneInstance_LeavesTheOthers()
    {
        await InsertAsync(Text("home"));
        await InsertAsync(Text("work"));

        await Store.WriteAsync(async s =>
        {
            await s.DeleteAsync((await s.GetAsync(Alice, ProfileType, "home"))!);
            return WriteOutcome.Committed(0);
        }, simulate: false, Ct);

        Assert.AreEqual("work", (await Store.ReadAllAsync(Alice, ProfileType, Ct)).Single().InstanceId);
    }

    [TestMethod]
    public async Task ReadAsync_WithoutInstanceId_IsTheFirstInstance()
    {
        await InsertAsync(Text("work"));
        await InsertAsync(Text("home"));

        Assert.AreEqual("home", (await Store.ReadAsync(Alice, ProfileType, Ct))!.InstanceId);
    }

    [TestMethod]
    public async Task ListAsync_ResourceWithSeveralInstances_ListsTheTypeOnce()
    {
        await InsertAsync(Text("home"));
        await InsertAsync(Text("work"));

        var page = await Store.ListAsync(null, [], 0, 10, Ct);

        var listed = page.Resources.Single();
        CollectionAssert.AreEqual(new[] { ProfileType }, listed.ComponentTypes.ToArray());
        Assert.AreEqual("sip", listed.ResourceType);
    }

    [TestMethod]
    public async Task InsertAsync_SingleInstanceType_KeepsDataVerbatimUnderEmptyInstanceId()
    {
        const string data = "<x version=\"9\"/>";
        var inserted = await Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync(Alice, "sip", ComponentTypeNames.SubscriberInfo, data, T0)), simulate: false, Ct);

        Assert.AreEqual(ComponentInstance.OnlyInstance, inserted.InstanceId);
        Assert.AreEqual(data, (await Store.ReadAsync(Alice, ComponentTypeNames.SubscriberInfo, Ct))!.Data);
    }
}

[TestClass]
public sealed class SqliteMultiInstanceStoreTests(TestContext testContext) : MultiInstanceStoreTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresMultiInstanceStoreTests(TestContext testContext) : MultiInstanceStoreTests(testContext, StoreKind.Postgres);
