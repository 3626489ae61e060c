using System.Data.Common;
using Npgsql;

namespace GupSoap.Core.Storage.Postgres;

/// <summary>
/// One PostgreSQL database the stores of a process share (ARCHITECTURE.md "Process model"): one pooled
/// <see cref="NpgsqlDataSource"/> per connection string. Unless the connection string says otherwise, waiting for a
/// pooled connection and for a statement is bounded (<see cref="DefaultTimeoutSeconds"/>,
/// <see cref="DefaultCommandTimeoutSeconds"/>), so a database that is down or a pool that is exhausted answers an
/// error in seconds instead of a hang (SECURITY.md R10).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const int DefaultTimeoutSeconds = 5;

    public const int DefaultCommandTimeoutSeconds = 10;

    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!given.ContainsKey("Timeout"))
        {
            builder.ConnectionStringBuilder.Timeout = DefaultTimeoutSeconds;
        }

        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout"))
        {
            builder.ConnectionStringBuilder.CommandTimeout = DefaultCommandTimeoutSeconds;
        }

        builder.ConnectionStringBuilder.ApplicationName ??= "gupsoap";
        _dataSource = builder.Build();
        Description = $"{builder.ConnectionStringBuilder.Host}:{builder.ConnectionStringBuilder.Port}/{builder.ConnectionStringBuilder.Database}";
    }

    /// <summary>Host, port and database, for logs (never the password).</summary>
    public string Description { get; }

    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on one connection; it commits when the work says so and rolls
    /// back otherwise or on an exception.
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var (result, commit) = await work(connection, transaction);
        if (commit)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        else
        {
            await transaction.RollbackAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>A transaction that always commits (the work threw otherwise).</summary>
    public Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        InTransactionAsync(async (c, t) => (await work(c, t), true), cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
