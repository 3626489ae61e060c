using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Schemas;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>
/// Brings a <c>components</c> table of the single-instance layout (key resource id + component type) to the layout with
/// instance ids, in one transaction: a crash leaves the old table or the new one, never half of each (SECURITY.md R7).
/// Documents of multi-instance types get the instance id their key attribute names and their version attribute set.
/// </summary>
internal static class SqliteComponentMigration
{
    public static async Task<bool> RunAsync(SqliteConnection connection, SqliteTransaction transaction, XmlLimits limits, CancellationToken ct)
    {
        // Checked inside the write transaction: a second process opening the same file migrates nothing twice.
        if (await HasInstanceColumnAsync(connection, transaction, ct))
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, "ALTER TABLE components RENAME TO components_single;", ct);
        await ExecuteAsync(connection, transaction, SqliteSchema.ComponentsTable, ct);
        await ExecuteAsync(connection, transaction, """
            INSERT INTO components (resource_id, resource_type, component_type, instance_id, data, version, changed_at)
            SELECT resource_id, resource_type, component_type, '', data, version, changed_at FROM components_single;
            DROP TABLE components_single;
            """, ct);
        foreach (var type in DeclaredComponentTypes.MultiInstanceTypes)
        {
            await KeyInstancesAsync(connection, transaction, type, limits, ct);
        }

        return true;
    }

    private static async Task KeyInstancesAsync(SqliteConnection connection, SqliteTransaction transaction, XName type, XmlLimits limits, CancellationToken ct)
    {
        var rows = new List<(string Resource, string Data, long Version)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT resource_id, data, version FROM components WHERE component_type = $t";
            select.Parameters.AddWithValue("$t", type.ToString());
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }

        foreach (var (resource, data, version) in rows)
        {
            // A document without its key (never valid) keeps the '' instance rather than blocking the migration.
            if (InstanceData.Load(data, limits) is not { } document || ComponentInstance.IdOf(document) is null)
            {
                continue;
            }

            var (id, stamped) = InstanceData.Prepare(type, data, version, limits);
            await using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE components SET instance_id = $i, data = $d WHERE resource_id = $r AND component_type = $t AND instance_id = ''";
            update.Parameters.AddWithValue("$i", id);
            update.Parameters.AddWithValue("$d", stamped);
            update.Parameters.AddWithValue("$r", resource);
            update.Parameters.AddWithValue("$t", type.ToString());
            await update.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<bool> HasInstanceColumnAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COUNT(*) FROM pragma_table_info('components') WHERE name = 'instance_id'";
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
