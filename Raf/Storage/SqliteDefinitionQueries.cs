using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>SQL for the <c>definitions</c> table (Define Data extensions).</summary>
internal static class SqliteDefinitionQueries
{
    public static async Task<IReadOnlyList<StoredDefinition>> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, XName type, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT name, simple_type, parent_select, parent_namespaces, max_occurs FROM definitions WHERE component_type = $t ORDER BY defined_at, name";
        command.Parameters.AddWithValue("$t", type.ToString());
        var result = new List<StoredDefinition>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var namespaces = JsonSerializer.Deserialize<Dictionary<string, string>>(reader.GetString(3)) ?? [];
            result.Add(new StoredDefinition(type, XName.Get(reader.GetString(0)), XName.Get(reader.GetString(1)), reader.GetString(2), namespaces, reader.GetInt32(4)));
        }

        return result;
    }

    public static async Task AddAsync(SqliteConnection connection, SqliteTransaction transaction, StoredDefinition definition, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO definitions (component_type, name, simple_type, parent_select, parent_namespaces, max_occurs, defined_at)
            VALUES ($t, $n, $s, $p, $ns, $m, $at)
            """;
        command.Parameters.AddWithValue("$t", definition.ComponentType.ToString());
        command.Parameters.AddWithValue("$n", definition.Name.ToString());
        command.Parameters.AddWithValue("$s", definition.SimpleType.ToString());
        command.Parameters.AddWithValue("$p", definition.ParentSelect);
        command.Parameters.AddWithValue("$ns", JsonSerializer.Serialize(definition.ParentNamespaces));
        command.Parameters.AddWithValue("$m", definition.MaxOccurs);
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        await command.ExecuteNonQueryAsync(ct);
    }
}
