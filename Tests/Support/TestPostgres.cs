using GupSoap.Core.Storage.Postgres;
using Npgsql;

namespace GupSoap.Tests.Support;

/// <summary>Which store a parameterised store test runs against.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}

/// <summary>
/// The PostgreSQL server the tests may use: <see cref="Variable"/> holds a connection string to it (<c>.ci/run</c>
/// starts a throwaway cluster and sets it). Without it the PostgreSQL variants of the store tests report inconclusive
/// (skipped) with the reason, never passed. Each test works in a schema or database of its own, removed afterwards.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "GUPSOAP_TEST_POSTGRES";

    private static readonly Lazy<PostgresDatabase?> Shared = new(() => ConnectionString is { } text ? new PostgresDatabase(text) : null);

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } text ? text : null;

    /// <summary>The shared database of the connection string; the test is inconclusive when there is none.</summary>
    public static PostgresDatabase Database => Shared.Value ?? throw Unavailable();

    /// <summary>Ends the test as inconclusive (skipped) when no PostgreSQL is configured.</summary>
    public static void Require()
    {
        if (ConnectionString is null)
        {
            throw Unavailable();
        }
    }

    /// <summary>A fresh, unused schema name.</summary>
    public static PostgresSchema NewSchema() => new("t_" + Guid.NewGuid().ToString("N"));

    public static Task DropSchemaAsync(PostgresSchema schema) => AdminAsync(schema.Apply("DROP SCHEMA IF EXISTS {schema} CASCADE"));

    /// <summary>Creates a fresh database (for processes that use the fixed schema names) and answers its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await AdminAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync"/>, closing whatever still uses it.</summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await AdminAsync($"DROP DATABASE IF EXISTS {new PostgresSchema(name).Name} WITH (FORCE)");
    }

    /// <summary>
    /// Takes a database made by <see cref="CreateDatabaseAsync"/> away from its users (new connections refused, open
    /// ones ended), as a database that went down would be, or gives it back; the rest of the cluster is untouched.
    /// </summary>
    public static async Task SetReachableAsync(string connectionString, bool reachable)
    {
        var name = new PostgresSchema(new NpgsqlConnectionStringBuilder(connectionString).Database!).Name;
        await AdminAsync($"ALTER DATABASE {name} WITH ALLOW_CONNECTIONS {(reachable ? "true" : "false")}");
        if (!reachable)
        {
            await AdminAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' AND pid <> pg_backend_pid()");
        }
    }

    /// <summary>
    /// One statement on a connection of its own, outside every pool: it works even after the fault tests restarted
    /// the cluster under the pooled connections.
    /// </summary>
    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString ?? throw Unavailable()) { Pooling = false }.ToString());
        await connection.OpenAsync();
        await PostgresSql.ExecuteAsync(connection, null, sql, CancellationToken.None);
    }

    private static AssertInconclusiveException Unavailable() =>
        new($"PostgreSQL not available: {Variable} is not set (.ci/run starts a throwaway cluster and sets it).");
}
