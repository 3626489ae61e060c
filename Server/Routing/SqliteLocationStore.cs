using System.Xml.Linq;
using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Routing;

/// <summary>The component location registry on SQLite (embedded default): one row per placed component.</summary>
public sealed class SqliteLocationStore(string path) : ILocationStore
{
    private readonly SqliteFile _file = new(path);

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(SchemaSql, cancellationToken);

    private const string SchemaSql = """
        CREATE TABLE IF NOT EXISTS locations (
            resource_id TEXT NOT NULL,
            component_type TEXT NOT NULL,
            raf TEXT NOT NULL,
            PRIMARY KEY (resource_id, component_type)) WITHOUT ROWID;
        """;

    public async Task<IReadOnlyDictionary<XName, string>> FindAllAsync(string resourceId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT component_type, raf FROM locations WHERE resource_id = $r";
        command.Parameters.AddWithValue("$r", resourceId);
        var result = new Dictionary<XName, string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[XName.Get(reader.GetString(0))] = reader.GetString(1);
        }

        return result;
    }

    public async Task SetAsync(string resourceId, XName componentType, string rafName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO locations (resource_id, component_type, raf) VALUES ($r, $t, $n) ON CONFLICT (resource_id, component_type) DO UPDATE SET raf = excluded.raf";
        command.Parameters.AddWithValue("$r", resourceId);
        command.Parameters.AddWithValue("$t", componentType.ToString());
        command.Parameters.AddWithValue("$n", rafName);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RemoveAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM locations WHERE resource_id = $r AND component_type = $t";
        command.Parameters.AddWithValue("$r", resourceId);
        command.Parameters.AddWithValue("$t", componentType.ToString());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
