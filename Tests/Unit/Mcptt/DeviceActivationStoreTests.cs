using GupSoap.Server.Mcptt;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Mcptt;

/// <summary>One active profile per device: selecting one deactivates the previous on that device only.</summary>
public abstract class DeviceActivationStoreTests(StoreKind kind)
{
    private const string Alice = "sip:alice@example.org";
    private static readonly DateTimeOffset At = new(2026, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private async Task<(IDeviceActivationStore Store, StorePlace Place)> NewStoreAsync()
    {
        var place = StorePlace.Create(kind);
        var store = place.Pick<IDeviceActivationStore>(d => new DeviceActivationStore(Path.Combine(d, DeviceActivationStore.FileName)),
            (db, schema) => new PostgresDeviceActivationStore(db, schema));
        await store.InitializeAsync(CancellationToken.None);
        return (store, place);
    }

    [TestMethod]
    public async Task ActivateAsync_AnotherProfileOnTheSameDevice_DeactivatesThePreviousOne()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.ActivateAsync(Alice, "handset", "1", At, CancellationToken.None);
            await store.ActivateAsync(Alice, "handset", "2", At.AddMinutes(1), CancellationToken.None);

            Assert.AreEqual("2", await store.ActiveProfileAsync(Alice, "handset", CancellationToken.None));
            var active = await store.ActiveDevicesAsync(Alice, CancellationToken.None);
            Assert.IsFalse(active.ContainsKey("1"));
            CollectionAssert.AreEqual(new[] { "handset" }, active["2"].ToArray());
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task ActivateAsync_OnOneDevice_LeavesOtherDevicesAndUsersUnaffected()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await store.ActivateAsync(Alice, "vehicle", "1", At, CancellationToken.None);
            await store.ActivateAsync("sip:bob@example.org", "handset", "1", At, CancellationToken.None);
            await store.ActivateAsync(Alice, "handset", "3", At, CancellationToken.None);

            Assert.AreEqual("1", await store.ActiveProfileAsync(Alice, "vehicle", CancellationToken.None));
            Assert.AreEqual("1", await store.ActiveProfileAsync("sip:bob@example.org", "handset", CancellationToken.None));
            var active = await store.ActiveDevicesAsync(Alice, CancellationToken.None);
            CollectionAssert.AreEqual(new[] { "vehicle" }, active["1"].ToArray());
            CollectionAssert.AreEqual(new[] { "handset" }, active["3"].ToArray());
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task ActiveProfileAsync_UnknownDevice_IsNull()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            Assert.IsNull(await store.ActiveProfileAsync(Alice, "never-seen", CancellationToken.None));
            Assert.IsEmpty(await store.ActiveDevicesAsync(Alice, CancellationToken.None));
        }
        finally
        {
            await place.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task ActivateAsync_ConcurrentSelectionsOnOneDevice_LeaveExactlyOneActive()
    {
        var (store, place) = await NewStoreAsync();
        try
        {
            await Task.WhenAll(Enumerable.Range(1, 8).Select(i => store.ActivateAsync(Alice, "handset", i.ToString(System.Globalization.CultureInfo.InvariantCulture), At, CancellationToken.None)));

            var active = await store.ActiveDevicesAsync(Alice, CancellationToken.None);
            Assert.HasCount(1, active);
            Assert.AreEqual(active.Keys.Single(), await store.ActiveProfileAsync(Alice, "handset", CancellationToken.None));
        }
        finally
        {
            await place.DisposeAsync();
        }
    }
}

[TestClass]
public sealed class SqliteDeviceActivationStoreTests() : DeviceActivationStoreTests(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresDeviceActivationStoreTests() : DeviceActivationStoreTests(StoreKind.Postgres);
