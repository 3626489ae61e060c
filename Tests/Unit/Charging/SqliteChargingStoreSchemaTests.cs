using GupSoap.Core.Charging;
using Microsoft.Data.Sqlite;

namespace GupSoap.Tests.Unit.Charging;

/// <summary><c>charging.db</c> files made before <c>seq</c> lost AUTOINCREMENT keep their table and work as new ones.</summary>
[TestClass]
public sealed class SqliteChargingStoreSchemaTests
{
    private const string SchemaWithAutoincrement = """
        CREATE TABLE charging (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, time INTEGER NOT NULL, correlation_id TEXT NOT NULL, recorder TEXT NOT NULL,
            operation TEXT NOT NULL, provider_id TEXT, application_id TEXT, hplmn INTEGER NOT NULL, subscriber TEXT,
            component_types TEXT NOT NULL, outcome TEXT NOT NULL, status_detail TEXT, bytes_in INTEGER, bytes_out INTEGER,
            mode TEXT NOT NULL, limit_name TEXT, rafs TEXT NOT NULL);
        """;

    [TestMethod]
    public async Task FileWithAutoincrementSeq_AppendsAndReadsInTheOrderWritten()
    {
        var directory = Path.Combine(Path.GetTempPath(), "gupsoap-charging-old-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SqliteChargingStore.FileName);
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var create = connection.CreateCommand();
                create.CommandText = SchemaWithAutoincrement;
                await create.ExecuteNonQueryAsync();
            }

            await using var store = new SqliteChargingStore(path);
            await store.InitializeAsync(CancellationToken.None);
            // Same time for all three: only seq orders them.
            await store.AppendAsync([.. new[] { "o1", "o2", "o3" }.Select(c => ChargingStoreTests.Record(0, correlation: c))], CancellationToken.None);

            var read = new List<string>();
            await foreach (var record in store.QueryAsync(new ChargingQuery(), CancellationToken.None))
            {
                read.Add(record.CorrelationId);
            }

            CollectionAssert.AreEqual(new[] { "o1", "o2", "o3" }, read);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
