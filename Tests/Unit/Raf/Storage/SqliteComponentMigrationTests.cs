using GupSoap.Raf.Storage;
using Microsoft.Data.Sqlite;
using static GupSoap.Tests.Unit.Raf.Storage.McpttProfiles;

namespace GupSoap.Tests.Unit.Raf.Storage;

/// <summary>
/// A RAF database file created by the schema before instance ids (key resource id + component type) opens and keeps
/// working: the table is rebuilt once, in one transaction, and the MCPTT profile it held becomes the instance its
/// profileId names, telling its stored version.
/// </summary>
[TestClass]
public sealed class SqliteComponentMigrationTests(TestContext testContext)
{
    private const string Alice = "sip:alice@example.org";
    private static readonly string Subscriber = GupSoap.Schemas.ComponentTypeNames.SubscriberInfo.ToString();

    /// <summary>The schema text of the single-instance layout, verbatim, as older RAFs created their files.</summary>
    private const string SingleInstanceSchema = """
        CREATE TABLE IF NOT EXISTS components (
            resource_id    TEXT    NOT NULL,
            resource_type  TEXT    NULL,
            component_type TEXT    NOT NULL,
            data           TEXT    NOT NULL,
            version        INTEGER NOT NULL,
            changed_at     INTEGER NOT NULL,
            PRIMARY KEY (resource_id, component_type)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS definitions (
            component_type    TEXT    NOT NULL,
            name              TEXT    NOT NULL,
            simple_type       TEXT    NOT NULL,
            parent_select     TEXT    NOT NULL,
            parent_namespaces TEXT    NOT NULL,
            max_occurs        INTEGER NOT NULL,
            defined_at        INTEGER NOT NULL,
            PRIMARY KEY (component_type, name, parent_select)
        );
        CREATE TABLE IF NOT EXISTS subscriptions (
            invoke_id            TEXT    PRIMARY KEY,
            resource_id          TEXT    NOT NULL,
            component_type       TEXT    NOT NULL,
            selects              TEXT    NOT NULL,
            notify_to            TEXT    NOT NULL,
            subscriber           TEXT    NOT NULL,
            audience             TEXT    NOT NULL,
            min_interval_seconds INTEGER NOT NULL,
            expires_at           INTEGER NOT NULL,
            status               TEXT    NOT NULL CHECK (status IN ('active', 'suspended')),
            suspended_reason     TEXT    NULL,
            created_at           INTEGER NOT NULL,
            last_notified_at     INTEGER NULL
        );
        CREATE INDEX IF NOT EXISTS subscriptions_by_target ON subscriptions (resource_id, component_type);
        CREATE INDEX IF NOT EXISTS subscriptions_by_subscriber ON subscriptions (subscriber);
        CREATE INDEX IF NOT EXISTS subscriptions_by_expiry ON subscriptions (expires_at);
        CREATE TABLE IF NOT EXISTS outbox (
            sequence        INTEGER PRIMARY KEY AUTOINCREMENT,
            notification_id TEXT    NOT NULL UNIQUE,
            invoke_id       TEXT    NOT NULL,
            endpoint        TEXT    NOT NULL,
            payload         TEXT    NOT NULL,
            audience        TEXT    NOT NULL,
            attempts        INTEGER NOT NULL DEFAULT 0,
            due_at          INTEGER NOT NULL,
            state           TEXT    NOT NULL CHECK (state IN ('pending', 'delivered', 'parked')),
            last_error      TEXT    NULL
        );
        CREATE INDEX IF NOT EXISTS outbox_by_due ON outbox (state, due_at);
        CREATE INDEX IF NOT EXISTS outbox_by_subscription ON outbox (invoke_id);
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"gupsoap-migrate-{Guid.NewGuid():N}.db");

    private CancellationToken Ct => testContext.CancellationToken;

    [TestCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task CreateOldFileAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_path}");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = SingleInstanceSchema + $"""
            INSERT INTO components (resource_id, resource_type, component_type, data, version, changed_at)
            VALUES ('{Alice}', 'sip', '{Subscriber}', '<x/>', 4, 100),
                   ('{Alice}', 'sip', '{ProfileType}', '{Text("home", version: 1)}', 3, 200);
            """;
        await command.ExecuteNonQueryAsync(Ct);
    }

    [TestMethod]
    public async Task InitializeAsync_FileOfSingleInstanceSchema_KeepsRowsAndKeysTheProfile()
    {
        await CreateOldFileAsync();
        await using var store = new SqliteComponentStore(_path);

        await store.InitializeAsync(Ct);

        var subscriber = await store.ReadAsync(Alice, GupSoap.Schemas.ComponentTypeNames.SubscriberInfo, Ct);
        Assert.AreEqual("<x/>", subscriber!.Data);
        Assert.AreEqual(4, subscriber.Version);
        Assert.AreEqual(200, (await store.ReadAllAsync(Alice, ProfileType, Ct)).Single().ChangedAt.UtcTicks);
        var profile = await store.ReadAsync(Alice, ProfileType, "home", Ct);
        Assert.AreEqual(3, profile!.Version);
        Assert.AreEqual("3", VersionOf(profile.Data), "the migrated document tells its stored version");
    }

    [TestMethod]
    public async Task InitializeAsync_MigratedFile_TakesASecondInstanceAndReopensUnchanged()
    {
        await CreateOldFileAsync();
        await using (var first = new SqliteComponentStore(_path))
        {
            await first.InitializeAsync(Ct);
            await first.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync(Alice, "sip", ProfileType, Text("work"), DateTimeOffset.UnixEpoch)), simulate: false, Ct);
        }

        await using var second = new SqliteComponentStore(_path);
        await second.InitializeAsync(Ct);

        CollectionAssert.AreEqual(new[] { "home", "work" }, (await second.ReadAllAsync(Alice, ProfileType, Ct)).Select(c => c.InstanceId).ToArray());
    }
}
