using System.Runtime.CompilerServices;
using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Raf.Storage;

/// <summary>SQL of a schema revision check on PostgreSQL: every document of one type, and <c>{schema}.schema_revisions</c>.</summary>
internal static class PostgresSchemaRevisionQueries
{
    /// <summary>One pass over every partition, streamed (Npgsql reads rows as they arrive).</summary>
    public static async IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(NpgsqlConnection connection, PostgresSchema schema, XName type,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Command(connection, null,
            schema.Apply($"SELECT resource_id, {ComponentRows.Columns} FROM {{schema}}.components WHERE component_type = @t"), ("t", type.ToString()));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            yield return ComponentRows.ReadWithResource(reader, type);
        }
    }

    public static async Task<IReadOnlyDictionary<XName, string>> GetAsync(NpgsqlConnection connection, PostgresSchema schema, CancellationToken ct)
    {
        await using var command = Command(connection, null, schema.Apply("SELECT component_type, fingerprint FROM {schema}.schema_revisions"));
        var rows = await ReadAllAsync(command, r => (Type: XName.Get(r.GetString(0)), Fingerprint: r.GetString(1)), ct);
        return rows.ToDictionary(r => r.Type, r => r.Fingerprint);
    }

    public static Task<int> SetAsync(NpgsqlConnection connection, PostgresSchema schema, XName type, string fingerprint, DateTimeOffset at, CancellationToken ct) =>
        ExecuteAsync(connection, null, schema.Apply("""
            INSERT INTO {schema}.schema_revisions (component_type, fingerprint, checked_at) VALUES (@t, @f, @at)
            ON CONFLICT (component_type) DO UPDATE SET fingerprint = excluded.fingerprint, checked_at = excluded.checked_at
            """), ct, ("t", type.ToString()), ("f", fingerprint), ("at", at.UtcTicks));
}
