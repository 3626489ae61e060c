using System.Globalization;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Raf.Storage;
using Npgsql;

namespace GupSoap.Bench.Compare;

/// <summary>
/// Where one data size's repositories live: the RAFs' SQLite files in a data directory (the embedded default), or a
/// PostgreSQL database of its own (<c>gupsoap_bench_{size}</c> beside the one <c>--postgres</c> names), created when
/// missing and kept, so that an earlier run's subscribers are measured again.
/// </summary>
internal sealed record BenchStore(string Kind, string? ConnectionString)
{
    public static readonly BenchStore Sqlite = new("sqlite", null);

    public static BenchStore Postgres(string connectionString) => new("postgres", connectionString);

    public bool IsPostgres => ConnectionString is not null;

    /// <summary>The connection string of the database that holds <paramref name="size"/> subscribers, created if missing.</summary>
    public async Task<BenchStore> ForSizeAsync(int size, CancellationToken cancellationToken)
    {
        if (ConnectionString is null)
        {
            return this;
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"gupsoap_bench_{size}");
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = name } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return this with { ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString };
    }

    /// <summary>The configuration arguments that put the server on this store.</summary>
    public IEnumerable<string> ServerArguments() =>
        ConnectionString is null ? [] : ["--Gup:Store=postgres", $"--ConnectionStrings:Gup={ConnectionString}"];

    /// <summary>The component store of one RAF, as the server would open it.</summary>
    public async Task<(IComponentStore Store, IAsyncDisposable? Database)> OpenAsync(string dataDirectory, string raf, CancellationToken cancellationToken)
    {
        IComponentStore store;
        PostgresDatabase? database = null;
        if (ConnectionString is null)
        {
            store = new SqliteComponentStore(Path.Combine(dataDirectory, $"raf-{raf}.db"));
        }
        else
        {
            database = new PostgresDatabase(ConnectionString);
            store = new PostgresComponentStore(database, PostgresSchema.ForRaf(raf));
        }

        await store.InitializeAsync(cancellationToken);
        return (store, database);
    }
}
