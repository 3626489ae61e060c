using System.Xml.Linq;
using Microsoft.Data.Sqlite;

namespace GupSoap.Server.Routing;

/// <summary>The write-intent journal's SQL on SQLite, run inside the location store's transactions.</summary>
internal static class SqliteWriteIntents
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS write_intents (
            id TEXT NOT NULL PRIMARY KEY,
            claim TEXT NOT NULL,
            resource_id TEXT NOT NULL,
            resource_type TEXT,
            operation TEXT NOT NULL,
            started_at INTEGER NOT NULL,
            decide_by INTEGER NOT NULL,
            lease_until INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS write_intents_lease ON write_intents (lease_until);
        CREATE INDEX IF NOT EXISTS write_intents_resource ON write_intents (resource_id);
        CREATE TABLE IF NOT EXISTS write_intent_parts (
            intent_id TEXT NOT NULL,
            part INTEGER NOT NULL,
            component_type TEXT NOT NULL,
            raf TEXT NOT NULL,
            placement_recorded INTEGER NOT NULL,
            instance_id TEXT NOT NULL,
            document TEXT,
            PRIMARY KEY (intent_id, part)) WITHOUT ROWID;
        """;

    public static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, WriteIntent intent, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, transaction,
            "INSERT INTO write_intents (id, claim, resource_id, resource_type, operation, started_at, decide_by, lease_until, attempts) VALUES ($id, $claim, $r, $rt, $op, $s, $d, $l, $a)",
            [("$id", intent.Id), ("$claim", intent.Claim), ("$r", intent.ResourceId), ("$rt", (object?)intent.ResourceType ?? DBNull.Value),
                ("$op", intent.Operation.ToString()), ("$s", intent.StartedAt.UtcTicks), ("$d", intent.DecideBy.UtcTicks), ("$l", intent.LeaseUntil.UtcTicks), ("$a", intent.Attempts)], cancellationToken);
        for (var i = 0; i < intent.Parts.Count; i++)
        {
            var part = intent.Parts[i];
            await ExecuteAsync(connection, transaction,
                "INSERT INTO write_intent_parts (intent_id, part, component_type, raf, placement_recorded, instance_id, document) VALUES ($id, $p, $t, $raf, $pr, $i, $d)",
                [("$id", intent.Id), ("$p", i), ("$t", part.ComponentType.ToString()), ("$raf", part.Raf), ("$pr", part.PlacementRecorded ? 1 : 0),
                    ("$i", part.InstanceId), ("$d", (object?)part.Document ?? DBNull.Value)], cancellationToken);
        }
    }

    /// <summary>Deletes the intent while <paramref name="claim"/> holds it; false when it does not (or it is gone).</summary>
    public static async Task<bool> DeleteAsync(SqliteConnection connection, SqliteTransaction transaction, string id, string claim, CancellationToken cancellationToken)
    {
        if (await ExecuteAsync(connection, transaction, "DELETE FROM write_intents WHERE id = $id AND claim = $claim", [("$id", id), ("$claim", claim)], cancellationToken) != 1)
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, "DELETE FROM write_intent_parts WHERE intent_id = $id", [("$id", id)], cancellationToken);
        return true;
    }

    /// <summary>The ids of intents whose lease ran out, oldest first.</summary>
    public static async Task<IReadOnlyList<string>> ExpiredAsync(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT id FROM write_intents WHERE lease_until < $now ORDER BY started_at LIMIT $max", ("$now", now.UtcTicks), ("$max", max));
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Gives the intent a new claim and lease and reads it back as the new claimer holds it.</summary>
    public static async Task<WriteIntent> TakeOverAsync(SqliteConnection connection, SqliteTransaction transaction, string id, DateTimeOffset leaseUntil, CancellationToken cancellationToken)
    {
        var claim = WriteIntent.NewClaim();
        await ExecuteAsync(connection, transaction, "UPDATE write_intents SET claim = $claim, lease_until = $l, attempts = attempts + 1 WHERE id = $id",
            [("$claim", claim), ("$l", leaseUntil.UtcTicks), ("$id", id)], cancellationToken);
        var parts = new List<IntentPart>();
        await using (var command = Command(connection, transaction, "SELECT component_type, raf, placement_recorded, instance_id, document FROM write_intent_parts WHERE intent_id = $id ORDER BY part", ("$id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                parts.Add(new IntentPart(XName.Get(reader.GetString(0)), reader.GetString(1), reader.GetInt64(2) != 0, reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
            }
        }

        await using (var command = Command(connection, transaction, "SELECT resource_id, resource_type, operation, started_at, decide_by, attempts FROM write_intents WHERE id = $id", ("$id", id)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            return new WriteIntent(id, claim, reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), Enum.Parse<IntentOperation>(reader.GetString(2)),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero), new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero), leaseUntil, parts)
            {
                Attempts = reader.GetInt32(5),
            };
        }
    }

    /// <summary>True when an undecided intent of <paramref name="resourceId"/> exists (one write at a time per profile).</summary>
    public static async Task<bool> AnyForAsync(SqliteConnection connection, SqliteTransaction transaction, string resourceId, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, "SELECT 1 FROM write_intents WHERE resource_id = $r LIMIT 1", ("$r", resourceId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public static async Task<int> CountAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, null, "SELECT COUNT(*) FROM write_intents");
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
