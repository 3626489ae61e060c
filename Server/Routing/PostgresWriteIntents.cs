using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Server.Routing;

/// <summary>
/// The write-intent journal's SQL on PostgreSQL, run inside the location store's transactions. One undecided intent
/// per resource is the table's unique key on the resource; takeovers skip rows another process is taking over.
/// </summary>
internal static class PostgresWriteIntents
{
    public const string Schema = """
        CREATE TABLE {schema}.write_intents (
            id            text NOT NULL PRIMARY KEY,
            claim         text NOT NULL,
            resource_id   text NOT NULL UNIQUE,
            resource_type text,
            operation     text NOT NULL,
            started_at    bigint NOT NULL,
            decide_by     bigint NOT NULL,
            lease_until   bigint NOT NULL,
            attempts      integer NOT NULL DEFAULT 0);
        CREATE INDEX write_intents_lease ON {schema}.write_intents (lease_until);
        CREATE TABLE {schema}.write_intent_parts (
            intent_id          text NOT NULL,
            part               integer NOT NULL,
            component_type     text NOT NULL,
            raf                text NOT NULL,
            placement_recorded boolean NOT NULL,
            instance_id        text NOT NULL,
            document           text,
            PRIMARY KEY (intent_id, part));
        """;

    /// <summary>Inserts the intent and its parts; false (nothing written) when the resource has an undecided intent.</summary>
    public static async Task<bool> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSchema schema, WriteIntent intent, CancellationToken ct)
    {
        var inserted = await ExecuteAsync(connection, transaction, schema.Apply("""
            INSERT INTO {schema}.write_intents (id, claim, resource_id, resource_type, operation, started_at, decide_by, lease_until, attempts)
            VALUES (@id, @claim, @r, @rt, @op, @s, @d, @l, @a) ON CONFLICT (resource_id) DO NOTHING
            """), ct, ("id", intent.Id), ("claim", intent.Claim), ("r", intent.ResourceId), ("rt", intent.ResourceType), ("op", intent.Operation.ToString()),
            ("s", intent.StartedAt.UtcTicks), ("d", intent.DecideBy.UtcTicks), ("l", intent.LeaseUntil.UtcTicks), ("a", intent.Attempts));
        if (inserted != 1)
        {
            return false;
        }

        for (var i = 0; i < intent.Parts.Count; i++)
        {
            var part = intent.Parts[i];
            await ExecuteAsync(connection, transaction, schema.Apply("""
                INSERT INTO {schema}.write_intent_parts (intent_id, part, component_type, raf, placement_recorded, instance_id, document)
                VALUES (@id, @p, @t, @raf, @pr, @i, @d)
                """), ct, ("id", intent.Id), ("p", i), ("t", part.ComponentType.ToString()), ("raf", part.Raf), ("pr", part.PlacementRecorded),
                ("i", part.InstanceId), ("d", part.Document));
        }

        return true;
    }

    /// <summary>Deletes the intent while <paramref name="claim"/> holds it; false when it does not (or it is gone).</summary>
    public static async Task<bool> DeleteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSchema schema, string id, string claim, CancellationToken ct)
    {
        if (await ExecuteAsync(connection, transaction, schema.Apply("DELETE FROM {schema}.write_intents WHERE id = @id AND claim = @claim"), ct, ("id", id), ("claim", claim)) != 1)
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, schema.Apply("DELETE FROM {schema}.write_intent_parts WHERE intent_id = @id"), ct, ("id", id));
        return true;
    }

    /// <summary>Takes over up to <paramref name="max"/> intents whose lease ran out, each with a new claim and lease.</summary>
    public static async Task<IReadOnlyList<WriteIntent>> TakeOverExpiredAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSchema schema,
        DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct)
    {
        await using var select = Command(connection, transaction, schema.Apply("""
            SELECT id FROM {schema}.write_intents WHERE lease_until < @now ORDER BY started_at LIMIT @max FOR UPDATE SKIP LOCKED
            """), ("now", now.UtcTicks), ("max", max));
        var ids = await ReadAllAsync(select, r => r.GetString(0), ct);
        var taken = new List<WriteIntent>(ids.Count);
        foreach (var id in ids)
        {
            var claim = WriteIntent.NewClaim();
            await using var update = Command(connection, transaction, schema.Apply("""
                UPDATE {schema}.write_intents SET claim = @claim, lease_until = @l, attempts = attempts + 1 WHERE id = @id
                RETURNING resource_id, resource_type, operation, started_at, decide_by, attempts
                """), ("claim", claim), ("l", leaseUntil.UtcTicks), ("id", id));
            var head = (await ReadAllAsync(update, r => (Resource: r.GetString(0), Type: r.IsDBNull(1) ? null : r.GetString(1), Operation: r.GetString(2),
                Started: r.GetInt64(3), DecideBy: r.GetInt64(4), Attempts: r.GetInt32(5)), ct)).Single();
            await using var parts = Command(connection, transaction, schema.Apply("""
                SELECT component_type, raf, placement_recorded, instance_id, document FROM {schema}.write_intent_parts WHERE intent_id = @id ORDER BY part
                """), ("id", id));
            var read = await ReadAllAsync(parts, r => new IntentPart(XName.Get(r.GetString(0)), r.GetString(1), r.GetBoolean(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)), ct);
            taken.Add(new WriteIntent(id, claim, head.Resource, head.Type, Enum.Parse<IntentOperation>(head.Operation), new DateTimeOffset(head.Started, TimeSpan.Zero),
                new DateTimeOffset(head.DecideBy, TimeSpan.Zero), leaseUntil, read)
            {
                Attempts = head.Attempts,
            });
        }

        return taken;
    }
}
