using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Registry;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Unit.Discovery.DiscoverySamples;

namespace GupSoap.Tests.Unit.Discovery;

/// <summary>Registry semantics of Discovery 2.0 §3.4 on each store: ids, duplicates, owners, deletes and associations.</summary>
public abstract class ServiceRegistryTests(StoreKind kind)
{
    private const string Rg = "urn:3gpp:gup:2006-08:rg";
    private StorePlace? _place;
    private IServiceRegistry _registry = null!;

    public TestContext TestContext { get; set; } = null!;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _place = StorePlace.Create(kind);
        _registry = await OpenAsync(_place);
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        if (_place is not null)
        {
            await _place.DisposeAsync();
        }
    }

    private static async Task<IServiceRegistry> OpenAsync(StorePlace place)
    {
        var registry = place.Pick<IServiceRegistry>(d => new SqliteServiceRegistry(Path.Combine(d, "discovery.db")), (db, schema) => new PostgresServiceRegistry(db, schema));
        await registry.InitializeAsync(CancellationToken.None);
        return registry;
    }

    [TestMethod]
    public async Task RegisterAsync_WithoutId_GeneratesUuidAndStoresEntry()
    {
        var (status, ids) = await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg")], "urn:p:a", operatorWide: false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Ok, status);
        Assert.StartsWith("urn:uuid:", ids.Single());
        var stored = (await _registry.ListAsync(TestContext.CancellationToken)).Single();
        Assert.AreEqual(ids[0], stored.Id);
        Assert.AreEqual("urn:p:a", stored.ProviderId);
        Assert.AreEqual("https://a.example/rg", stored.Metadata.ServiceContexts![0].EndpointContexts![0].Addresses![0]);
        Assert.IsFalse(stored.OperatorWide);
    }

    [TestMethod]
    public async Task RegisterAsync_SameProviderTypeAndAddress_IsLogicalDuplicateAndNothingStored()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg")], "urn:p:a", false, TestContext.CancellationToken);

        var (status, ids) = await _registry.RegisterAsync([Entry("urn:p:a", "urn:other", "https://a.example/x"), Entry("urn:p:a", Rg, "https://a.example/rg")], "urn:p:a", false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.LogicalDuplicate, status);
        Assert.IsEmpty(ids);
        Assert.HasCount(1, await _registry.ListAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task RegisterAsync_OtherProviderSameTypeAndAddress_IsAccepted()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg")], "urn:p:a", false, TestContext.CancellationToken);

        var (status, _) = await _registry.RegisterAsync([Entry("urn:p:b", Rg, "https://a.example/rg")], "urn:p:b", false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Ok, status);
    }

    [TestMethod]
    public async Task RegisterAsync_ExplicitIdInUse_IsDuplicate()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", false, TestContext.CancellationToken);

        var (status, _) = await _registry.RegisterAsync([Entry("urn:p:b", Rg, "https://b.example/rg", "svc-1")], "urn:p:b", false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Duplicate, status);
        Assert.AreEqual("urn:p:a", (await _registry.ListAsync(TestContext.CancellationToken)).Single().ProviderId);
    }

    [TestMethod]
    public async Task ReplaceAsync_OwnEntry_ChangesMetadataAndKeepsId()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", true, TestContext.CancellationToken);

        var status = await _registry.ReplaceAsync([Entry("urn:p:a", Rg, "https://a.example/rg2", "svc-1")], "urn:p:a", TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Ok, status);
        var stored = (await _registry.ListAsync(TestContext.CancellationToken)).Single();
        Assert.AreEqual("svc-1", stored.Id);
        Assert.AreEqual("https://a.example/rg2", stored.Metadata.ServiceContexts![0].EndpointContexts![0].Addresses![0]);
        Assert.IsTrue(stored.OperatorWide);
    }

    [TestMethod]
    public async Task ReplaceAsync_UnknownId_IsNotFound() =>
        Assert.AreEqual(DiscoStatusCodes.NotFound, await _registry.ReplaceAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "nope")], null, TestContext.CancellationToken));

    [TestMethod]
    public async Task ReplaceAsync_EntryOfAnotherProvider_IsForbiddenAndUnchanged()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", false, TestContext.CancellationToken);

        var status = await _registry.ReplaceAsync([Entry("urn:p:b", Rg, "https://evil.example/rg", "svc-1")], "urn:p:b", TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Forbidden, status);
        Assert.AreEqual("urn:p:a", (await _registry.ListAsync(TestContext.CancellationToken)).Single().ProviderId);
    }

    [TestMethod]
    public async Task DeleteAsync_RemovesEntryAndItsAssociations_UnknownIsNotFound()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", false, TestContext.CancellationToken);
        await _registry.AssociateAsync("sip:alice@example.org", ["svc-1"], TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Forbidden, await _registry.DeleteAsync(["svc-1"], "urn:p:b", TestContext.CancellationToken));
        Assert.AreEqual(DiscoStatusCodes.Ok, await _registry.DeleteAsync(["svc-1"], "urn:p:a", TestContext.CancellationToken));

        Assert.IsEmpty(await _registry.ListAsync(TestContext.CancellationToken));
        Assert.IsEmpty(await _registry.AssociationsAsync("sip:alice@example.org", TestContext.CancellationToken));
        Assert.AreEqual(DiscoStatusCodes.NotFound, await _registry.DeleteAsync(["svc-1"], null, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task DeleteAsync_OneIdUnknown_DeletesNothing()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.NotFound, await _registry.DeleteAsync(["svc-1", "unknown"], null, TestContext.CancellationToken));

        Assert.HasCount(1, await _registry.ListAsync(TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Associations_AddQueryDelete_PerSubscriber()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", false, TestContext.CancellationToken);

        Assert.AreEqual(DiscoStatusCodes.Ok, await _registry.AssociateAsync("alice", ["svc-1"], TestContext.CancellationToken));
        Assert.AreEqual(DiscoStatusCodes.Ok, await _registry.AssociateAsync("alice", ["svc-1"], TestContext.CancellationToken));
        Assert.AreEqual(DiscoStatusCodes.NotFound, await _registry.AssociateAsync("alice", ["unknown"], TestContext.CancellationToken));
        CollectionAssert.AreEquivalent(new[] { "svc-1" }, (await _registry.AssociationsAsync("alice", TestContext.CancellationToken)).ToArray());
        Assert.IsEmpty(await _registry.AssociationsAsync("bob", TestContext.CancellationToken));

        Assert.AreEqual(DiscoStatusCodes.NotFound, await _registry.DissociateAsync("bob", ["svc-1"], TestContext.CancellationToken));
        Assert.AreEqual(DiscoStatusCodes.Ok, await _registry.DissociateAsync("alice", ["svc-1"], TestContext.CancellationToken));
        Assert.IsEmpty(await _registry.AssociationsAsync("alice", TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Registry_ReopenedOnSameStore_KeepsEntries()
    {
        await _registry.RegisterAsync([Entry("urn:p:a", Rg, "https://a.example/rg", "svc-1")], "urn:p:a", true, TestContext.CancellationToken);

        var reopened = await OpenAsync(_place!);

        Assert.AreEqual("svc-1", (await reopened.ListAsync(TestContext.CancellationToken)).Single().Id);
    }
}

[TestClass]
public sealed class SqliteServiceRegistryTests() : ServiceRegistryTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresServiceRegistryTests() : ServiceRegistryTests(StoreKind.Postgres);
