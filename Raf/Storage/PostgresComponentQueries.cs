using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Raf.Storage;

/// <summary>SQL for a RAF's <c>components</c> and <c>definitions</c> tables on PostgreSQL; component types are Clark names.</summary>
internal static class PostgresComponentQueries
{
    /// <summary>One document: the instance <paramref name="instanceId"/>, or with null the first instance in instance-id order.</summary>
    public static async Task<StoredComponent?> GetAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PostgresSchema schema, string resourceId, XName type,
        string? instanceId, CancellationToken ct)
    {
        await using var command = Command(connection, transaction, schema.Apply(instanceId is null
                ? $"SELECT {ComponentRows.Columns} FROM {{schema}}.components WHERE resource_id = @r AND component_type = @t ORDER BY instance_id LIMIT 1"
                : $"SELECT {ComponentRows.Columns} FROM {{schema}}.components WHERE resource_id = @r AND component_type = @t AND instance_id = @i"),
            ("r", resourceId), ("t", type.ToString()), ("i", instanceId ?? ""));
        return (await ReadAllAsync(command, r => ComponentRows.Read(r, resourceId, type), ct)).FirstOrDefault();
    }

    public static async Task<IReadOnlyList<StoredComponent>> GetAllAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PostgresSchema schema, string resourceId,
        XName type, CancellationToken ct)
    {
        await using var command = Command(connection, transaction,
            schema.Apply($"SELECT {ComponentRows.Columns} FROM {{schema}}.components WHERE resource_id = @r AND component_type = @t ORDER BY instance_id"),
            ("r", resourceId), ("t", type.ToString()));
        return await ReadAllAsync(command, r => ComponentRows.Read(r, resourceId, type), ct);
    }

    /// <summary>
    /// One List Data page. Pages go over resources (not rows) so a resource's types never straddle two pages; a type
    /// with several instances is listed once. The only query not keyed by one resource: it scans every partition.
    /// </summary>
    public static async Task<ListPage> ListAsync(NpgsqlConnection connection, PostgresSchema schema, string? pattern, IReadOnlyCollection<XName> types, int offset, int count,
        CancellationToken ct)
    {
        var filter = new StringBuilder();
        var parameters = new List<(string, object?)> { ("limit", count + 1), ("offset", offset) };
        if (!string.IsNullOrEmpty(pattern) && pattern != "*")
        {
            filter.Append(" AND {0}.resource_id LIKE @p");
            parameters.Add(("p", ToLike(pattern)));
        }

        if (types.Count > 0)
        {
            filter.Append(" AND {0}.component_type = ANY(@types)");
            parameters.Add(("types", types.Select(t => t.ToString()).ToArray()));
        }

        var pageFilter = string.Format(System.Globalization.CultureInfo.InvariantCulture, filter.ToString(), "i");
        var rowFilter = string.Format(System.Globalization.CultureInfo.InvariantCulture, filter.ToString(), "c");
        await using var command = Command(connection, null, schema.Apply($$"""
            SELECT c.resource_id, MIN(c.resource_type), c.component_type
            FROM {schema}.components c
            JOIN (SELECT DISTINCT i.resource_id FROM {schema}.components i WHERE true{{pageFilter}}
                  ORDER BY i.resource_id LIMIT @limit OFFSET @offset) page
              ON page.resource_id = c.resource_id
            WHERE true{{rowFilter}}
            GROUP BY c.resource_id, c.component_type
            ORDER BY c.resource_id, c.component_type
            """), [.. parameters]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await ComponentRows.PageAsync(reader, count, ct);
    }

    /// <summary>GUP patterns know only <c>*</c>; LIKE's own metacharacters are matched literally.</summary>
    internal static string ToLike(string pattern)
    {
        var like = new StringBuilder(pattern.Length + 8);
        foreach (var c in pattern)
        {
            like.Append(c switch
            {
                '*' => "%",
                '%' or '_' or '\\' => "\\" + c,
                _ => c.ToString(),
            });
        }

        return like.ToString();
    }

    public static async Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, PostgresSchema schema, XName type,
        CancellationToken ct)
    {
        await using var command = Command(connection, transaction, schema.Apply("""
            SELECT name, simple_type, parent_select, parent_namespaces, max_occurs FROM {schema}.definitions WHERE component_type = @t ORDER BY defined_at, name
            """), ("t", type.ToString()));
        return await ReadAllAsync(command, r => new StoredDefinition(type, XName.Get(r.GetString(0)), XName.Get(r.GetString(1)), r.GetString(2),
            JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(3)) ?? [], r.GetInt32(4)), ct);
    }

    public static Task<int> AddDefinitionAsync(PostgresRafTransaction tx, StoredDefinition definition, DateTimeOffset at) =>
        tx.ExecuteAsync("""
            INSERT INTO {schema}.definitions (component_type, name, simple_type, parent_select, parent_namespaces, max_occurs, defined_at)
            VALUES (@t, @n, @s, @p, @ns, @m, @at)
            """, ("t", definition.ComponentType.ToString()), ("n", definition.Name.ToString()), ("s", definition.SimpleType.ToString()), ("p", definition.ParentSelect),
            ("ns", JsonSerializer.Serialize(definition.ParentNamespaces)), ("m", definition.MaxOccurs), ("at", at.UtcTicks));
}
