using Microsoft.Data.Sqlite;

namespace GupSoap.Core.Storage;

/// <summary>
/// One small SQLite database file of a service (locations, Discovery registry, device selections): pooled
/// connections with a busy timeout, and a schema applied once in WAL mode so readers never wait for the writer.
/// </summary>
public sealed class SqliteFile(string path)
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 10,
    }.ToString();

    public string Path { get; } = path;

    /// <summary>Creates the file and applies <paramref name="schema"/> (idempotent statements) after switching to WAL.</summary>
    public async Task InitializeAsync(string schema, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // Outside a transaction: SQLite cannot switch to WAL inside one.
        command.CommandText = "PRAGMA journal_mode = WAL;\n" + schema;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

}
