using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Core.Storage.Postgres;

/// <summary>
/// Applies a store's schema at start: numbered migrations per component, recorded in <c>{schema}.schema_versions</c>,
/// all in one transaction under one advisory lock, so processes starting together apply each step exactly once and a
/// crash leaves the schema as it was (PostgreSQL DDL is transactional). Migrations are only ever appended.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>The advisory lock every migration run holds; one key for every schema keeps the rule simple.</summary>
    public const string LockKey = "gupsoap:migrations";

    /// <param name="component">Which store's steps these are (several stores may share a schema).</param>
    /// <param name="steps">SQL of version 1, 2, …; <c>{schema}</c> stands for the schema name.</param>
    /// <returns>How many steps were applied now.</returns>
    public static async Task<int> ApplyAsync(PostgresDatabase database, PostgresSchema schema, string component, IReadOnlyList<string> steps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(steps);
        return await database.InTransactionAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, LockKey, cancellationToken);
            await ExecuteAsync(connection, transaction, schema.Apply("""
                CREATE SCHEMA IF NOT EXISTS {schema};
                CREATE TABLE IF NOT EXISTS {schema}.schema_versions (
                    component  text        NOT NULL,
                    version    integer     NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now(),
                    PRIMARY KEY (component, version));
                """), cancellationToken);
            var current = await CurrentAsync(connection, transaction, schema, component, cancellationToken);
            for (var version = current + 1; version <= steps.Count; version++)
            {
                await ExecuteAsync(connection, transaction, schema.Apply(steps[version - 1]), cancellationToken);
                await ExecuteAsync(connection, transaction, schema.Apply("INSERT INTO {schema}.schema_versions (component, version) VALUES (@c, @v)"),
                    cancellationToken, ("c", component), ("v", version));
            }

            return Math.Max(0, steps.Count - current);
        }, cancellationToken);
    }

    private static async Task<int> CurrentAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresSchema schema, string component, CancellationToken ct) =>
        await ScalarAsync(connection, transaction, schema.Apply("SELECT max(version) FROM {schema}.schema_versions WHERE component = @c"), ct, ("c", component)) is int version
            ? version
            : 0;
}
