using GupSoap.Schemas;
using GupSoap.Server.Routing;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Routing;

/// <summary>The component location registry on each store: placements per resource, replaced and removed one by one.</summary>
public abstract class LocationStoreTests(StoreKind kind)
{
    private const string Alice = "sip:alice@example.org";

    public TestContext TestContext { get; set; } = null!;

    private async Task<(ILocationStore Store, StorePlace Place)> OpenAsync(StorePlace? place = null)
    {
        place ??= StorePlace.Create(kind);
        var store = place.Pick<ILocationStore>(d => new SqliteLocationStore(Path.Combine(d, "gup-locations.db")), (db, schema) => new PostgresLocationStore(db, schema));
        await store.InitializeAsync(TestContext.CancellationToken);
        return (store, place);
    }

    [TestMethod]
    public async Task SetAsync_ThenFindAll_AnswersThatResourcesPlacementsOnly()
    {
        var (store, place) = await OpenAsync();
        await using var _ = place;
        await store.SetAsync(Alice, ComponentTypeNames.SubscriberInfo, "hss", TestContext.CancellationToken);
        await store.SetAsync(Alice, ComponentTypeNames.PresenceSettings, "services", TestContext.CancellationToken);
        await store.SetAsync("sip:bob@example.org", ComponentTypeNames.SubscriberInfo, "services", TestContext.CancellationToken);

        var found = await store.FindAllAsync(Alice, TestContext.CancellationToken);

        Assert.HasCount(2, found);
        Assert.AreEqual("hss", found[ComponentTypeNames.SubscriberInfo]);
        Assert.AreEqual("services", found[ComponentTypeNames.PresenceSettings]);
    }

    [TestMethod]
    public async Task SetAsync_Again_ReplacesThePlacement_AndRemoveForgetsIt()
    {
        var (store, place) = await OpenAsync();
        await using var _ = place;
        await store.SetAsync(Alice, ComponentTypeNames.SubscriberInfo, "hss", TestContext.CancellationToken);
        await store.SetAsync(Alice, ComponentTypeNames.SubscriberInfo, "services", TestContext.CancellationToken);
        Assert.AreEqual("services", (await store.FindAllAsync(Alice, TestContext.CancellationToken))[ComponentTypeNames.SubscriberInfo]);

        await store.RemoveAsync(Alice, ComponentTypeNames.SubscriberInfo, TestContext.CancellationToken);

        Assert.IsEmpty(await store.FindAllAsync(Alice, TestContext.CancellationToken));
    }

    [TestMethod]
    public async Task Placement_MadeByOneInstance_IsSeenByAnother()
    {
        var (first, place) = await OpenAsync();
        await using var _ = place;
        var (second, _) = await OpenAsync(place);

        await first.SetAsync(Alice, ComponentTypeNames.SubscriberInfo, "services", TestContext.CancellationToken);

        Assert.AreEqual("services", (await second.FindAllAsync(Alice, TestContext.CancellationToken))[ComponentTypeNames.SubscriberInfo]);
    }
}

[TestClass]
public sealed class SqliteLocationStoreTests() : LocationStoreTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresLocationStoreTests() : LocationStoreTests(StoreKind.Postgres);
