using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>SQL for the <c>components</c> table; component types are stored as Clark names (<c>{ns}local</c>).</summary>
internal static class SqliteComponentQueries
{
    private const string Columns = ComponentRows.Columns;

    /// <summary>
    /// One document: the instance <paramref name="instanceId"/>, or with null the first instance in instance-id order
    /// (for a single-instance type, its only one).
    /// </summary>
    public static async Task<StoredComponent?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, string resourceId, XName type, string? instanceId, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = instanceId is null
            ? $"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t ORDER BY instance_id LIMIT 1"
            : $"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t AND instance_id = $i";
        command.Parameters.AddWithValue("$r", resourceId);
        command.Parameters.AddWithValue("$t", type.ToString());
        if (instanceId is not null)
        {
            command.Parameters.AddWithValue("$i", instanceId);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? ComponentRows.Read(reader, resourceId, type) : null;
    }

    /// <summary>Every document of <paramref name="type"/> the resource holds, in instance-id order.</summary>
    public static async Task<IReadOnlyList<StoredComponent>> GetAllAsync(SqliteConnection connection, SqliteTransaction? transaction, string resourceId, XName type, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {Columns} FROM components WHERE resource_id = $r AND component_type = $t ORDER BY instance_id";
        command.Parameters.AddWithValue("$r", resourceId);
        command.Parameters.AddWithValue("$t", type.ToString());
        var result = new List<StoredComponent>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(ComponentRows.Read(reader, resourceId, type));
        }

        return result;
    }

    public static async Task<ListPage> ListAsync(SqliteConnection connection, string? pattern, IReadOnlyCollection<XName> types, int offset, int count, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        var filter = new StringBuilder();
        if (!string.IsNullOrEmpty(pattern) && pattern != "*")
        {
            filter.Append(" AND {0}.resource_id GLOB $p");
            command.Parameters.AddWithValue("$p", ToGlob(pattern));
        }

        if (types.Count > 0)
        {
            filter.Append(" AND {0}.component_type IN (");
            var i = 0;
            foreach (var type in types)
            {
                filter.Append(i == 0 ? "" : ", ").Append("$t").Append(i);
                command.Parameters.AddWithValue("$t" + i, type.ToString());
                i++;
            }

            filter.Append(')');
        }

        var template = filter.ToString();
        // Page over resources (not rows) so a resource's component types never straddle two pages; a type with several
        // instances is listed once.
        command.CommandText = $"""
            SELECT c.resource_id, MIN(c.resource_type), c.component_type
            FROM components c
            JOIN (SELECT DISTINCT i.resource_id FROM components i WHERE 1 = 1{string.Format(CultureInfo.InvariantCulture, template, "i")}
                  ORDER BY i.resource_id LIMIT $limit OFFSET $offset) page
              ON page.resource_id = c.resource_id
            WHERE 1 = 1{string.Format(CultureInfo.InvariantCulture, template, "c")}
            GROUP BY c.resource_id, c.component_type
            ORDER BY c.resource_id, c.component_type
            """;
        command.Parameters.AddWithValue("$limit", count + 1);
        command.Parameters.AddWithValue("$offset", offset);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await ComponentRows.PageAsync(reader, count, ct);
    }

    /// <summary>GUP patterns know only <c>*</c>; every other GLOB metacharacter is matched literally.</summary>
    internal static string ToGlob(string pattern)
    {
        var glob = new StringBuilder(pattern.Length + 8);
        foreach (var c in pattern)
        {
            glob.Append(c switch
            {
                '?' => "[?]",
                '[' => "[[]",
                ']' => "[]]",
                _ => c.ToString(),
            });
        }

        return glob.ToString();
    }
}
