using GupSoap.Core.Storage.Postgres;

namespace GupSoap.Tests.Support;

/// <summary>
/// Where one store test keeps its state: a fresh directory for SQLite files, or a fresh PostgreSQL schema (the test is
/// inconclusive when PostgreSQL is not configured). Disposing removes it.
/// </summary>
internal sealed class StorePlace : IAsyncDisposable
{
    private StorePlace(StoreKind kind, string directory, PostgresSchema? schema)
    {
        Kind = kind;
        Directory = directory;
        Schema = schema;
    }

    public StoreKind Kind { get; }

    public string Directory { get; }

    /// <summary>The schema of a PostgreSQL place; null for SQLite.</summary>
    public PostgresSchema? Schema { get; }

    public PostgresDatabase Database => Schema is null ? throw new InvalidOperationException("A SQLite place has no database.") : TestPostgres.Database;

    public static StorePlace Create(StoreKind kind)
    {
        if (kind == StoreKind.Postgres)
        {
            TestPostgres.Require();
        }

        var directory = System.IO.Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        return new StorePlace(kind, directory, kind == StoreKind.Postgres ? TestPostgres.NewSchema() : null);
    }

    /// <summary>A file in the SQLite directory.</summary>
    public string File(string name) => Path.Combine(Directory, name);

    /// <summary><paramref name="sqlite"/> or <paramref name="postgres"/>, by kind.</summary>
    public T Pick<T>(Func<string, T> sqlite, Func<PostgresDatabase, PostgresSchema, T> postgres) =>
        Schema is null ? sqlite(Directory) : postgres(Database, Schema);

    public async ValueTask DisposeAsync()
    {
        if (Schema is not null)
        {
            await TestPostgres.DropSchemaAsync(Schema);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        GupServer.DeleteDirectory(Directory);
    }
}
