using System.Runtime.CompilerServices;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>SQL of a schema revision check on SQLite: every document of one type, and the <c>schema_revisions</c> table.</summary>
internal static class SqliteSchemaRevisionQueries
{
    /// <summary>One pass over the type's rows on a connection of its own (a read transaction; writers go on).</summary>
    public static async IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(SqliteConnection connection, XName type, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT resource_id, {ComponentRows.Columns} FROM components WHERE component_type = $t";
        command.Parameters.AddWithValue("$t", type.ToString());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return ComponentRows.ReadWithResource(reader, type);
        }
    }

    public static async Task<IReadOnlyDictionary<XName, string>> GetAsync(SqliteConnection connection, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT component_type, fingerprint FROM schema_revisions";
        var result = new Dictionary<XName, string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result[XName.Get(reader.GetString(0))] = reader.GetString(1);
        }

        return result;
    }

    public static async Task SetAsync(SqliteConnection connection, SqliteTransaction transaction, XName type, string fingerprint, DateTimeOffset at, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO schema_revisions (component_type, fingerprint, checked_at) VALUES ($t, $f, $at)
            ON CONFLICT (component_type) DO UPDATE SET fingerprint = excluded.fingerprint, checked_at = excluded.checked_at
            """;
        command.Parameters.AddWithValue("$t", type.ToString());
        command.Parameters.AddWithValue("$f", fingerprint);
        command.Parameters.AddWithValue("$at", at.UtcTicks);
        await command.ExecuteNonQueryAsync(ct);
    }
}
