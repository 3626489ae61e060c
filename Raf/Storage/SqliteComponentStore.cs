using System.Runtime.CompilerServices;
using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Notifications;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>
/// <see cref="IComponentStore"/> on SQLite (the embedded default): WAL journal, one <c>BEGIN IMMEDIATE</c>
/// transaction per write so writers are serialised and a read-modify-write cannot interleave with another. A write's
/// notifications are queued in the outbox of the same file before it commits (SECURITY.md R7).
/// </summary>
public sealed class SqliteComponentStore : IComponentStore
{
    private readonly string _connectionString;

    // SQLite has one writer at a time; waiting here asynchronously keeps thread-pool threads out of SQLite's
    // blocking busy-retry loop. Other processes on the same file are still serialised by BEGIN IMMEDIATE.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    private readonly ChangeNotifier _notifier;

    private readonly XmlLimits _limits;

    private readonly SqliteReadSlots _reads;

    /// <param name="limits">Limits for reading stored components when building notifications (defaults when null).</param>
    /// <param name="time">The clock of notification time stamps, due times and expiry (the system clock when null).</param>
    public SqliteComponentStore(string databasePath, XmlLimits? limits = null, TimeProvider? time = null)
    {
        _limits = limits ?? new XmlLimits();
        _notifier = new ChangeNotifier(_limits, time ?? TimeProvider.System);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _reads = new SqliteReadSlots(new SqliteConnectionStringBuilder(_connectionString) { Pooling = false }.ToString());
    }

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL is a property of the database file: set once here, not on every connection.
        command.CommandText = "PRAGMA journal_mode=WAL;" + SqliteSchema.Create;
        await command.ExecuteNonQueryAsync(cancellationToken);
        // A file created before components had instance ids is brought up to date once, all or nothing.
        await InTransactionAsync(async (c, t) => (await SqliteComponentMigration.RunAsync(c, t, _limits, cancellationToken), true), cancellationToken);
    }

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, CancellationToken cancellationToken) =>
        ReadOneAsync(resourceId, componentType, null, cancellationToken);

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, string instanceId, CancellationToken cancellationToken) =>
        ReadOneAsync(resourceId, componentType, instanceId ?? throw new ArgumentNullException(nameof(instanceId)), cancellationToken);

    public Task<IReadOnlyList<StoredComponent>> ReadAllAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_reads.ReadAll(resourceId, componentType));
    }

    public async Task<ListPage> ListAsync(string? resourcePattern, IReadOnlyCollection<XName> componentTypes, int offset, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteComponentQueries.ListAsync(connection, resourcePattern, componentTypes, offset, count, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteDefinitionQueries.GetAsync(connection, null, componentType, cancellationToken);
    }

    public async IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(XName componentType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await OpenAsync(cancellationToken);
        await foreach (var component in SqliteSchemaRevisionQueries.ReadAllOfTypeAsync(connection, componentType, cancellationToken))
        {
            yield return component;
        }
    }

    public async Task<IReadOnlyDictionary<XName, string>> GetSchemaRevisionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await SqliteSchemaRevisionQueries.GetAsync(connection, cancellationToken);
    }

    public Task SetSchemaRevisionAsync(XName componentType, string fingerprint, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        return InTransactionAsync(async (c, t) =>
        {
            await SqliteSchemaRevisionQueries.SetAsync(c, t, componentType, fingerprint, at, cancellationToken);
            return (true, true);
        }, cancellationToken);
    }

    public event Action? NotificationsQueued;

    public async Task<T> WriteAsync<T>(Func<IComponentWriteSession, Task<WriteOutcome<T>>> work, bool simulate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var journal = new WriteJournal();
        var result = await InTransactionAsync(async (connection, transaction) =>
        {
            await using var statements = new SqliteStatements(connection, transaction);
            return await WriteUnit.RunAsync(new SqliteWriteSession(connection, transaction, statements, _notifier, journal, _limits, cancellationToken),
                new SqliteNotificationQueue(connection, transaction, statements, cancellationToken), _notifier, journal, work, simulate);
        }, cancellationToken);
        if (journal.Committing && journal.Queued > 0)
        {
            NotificationsQueued?.Invoke();
        }

        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one <c>BEGIN IMMEDIATE</c> transaction behind the write gate; it commits when
    /// the work says so and rolls back otherwise or on an exception.
    /// </summary>
    internal async Task<T> InTransactionAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<(T Result, bool Commit)>> work, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            // deferred: false → BEGIN IMMEDIATE: the write lock is taken before anything is read.
            await using var transaction = connection.BeginTransaction(deferred: false);
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
        finally
        {
            _writeGate.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _reads.Dispose();
        _writeGate.Dispose();
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    private Task<StoredComponent?> ReadOneAsync(string resourceId, XName componentType, string? instanceId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_reads.Read(resourceId, componentType, instanceId));
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
