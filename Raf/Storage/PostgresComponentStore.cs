using System.Runtime.CompilerServices;
using System.Xml.Linq;
using GupSoap.Core.Storage.Postgres;
using GupSoap.Core.Xml;
using GupSoap.Raf.Notifications;

namespace GupSoap.Raf.Storage;

/// <summary>
/// <see cref="IComponentStore"/> on PostgreSQL (scale-out): one schema per RAF (<see cref="PostgresRafSchema"/>),
/// shared by every process serving that RAF. A write is one transaction; it locks each resource it touches before
/// reading it, so read-modify-write is serialised per resource across processes while other resources proceed, and its
/// notifications are queued in the same transaction (SECURITY.md R7, R8).
/// </summary>
public sealed class PostgresComponentStore : IComponentStore
{
    private readonly ChangeNotifier _notifier;
    private readonly XmlLimits _limits;

    /// <param name="limits">Limits for reading stored components when building notifications (defaults when null).</param>
    /// <param name="time">The clock of notification time stamps, due times and expiry (the system clock when null).</param>
    public PostgresComponentStore(PostgresDatabase database, PostgresSchema schema, XmlLimits? limits = null, TimeProvider? time = null)
    {
        Database = database ?? throw new ArgumentNullException(nameof(database));
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _limits = limits ?? new XmlLimits();
        _notifier = new ChangeNotifier(_limits, time ?? TimeProvider.System);
    }

    public PostgresDatabase Database { get; }

    public PostgresSchema Schema { get; }

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(Database, Schema, PostgresRafSchema.Component, PostgresRafSchema.Migrations, cancellationToken);

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, CancellationToken cancellationToken) =>
        ReadOneAsync(resourceId, componentType, null, cancellationToken);

    public Task<StoredComponent?> ReadAsync(string resourceId, XName componentType, string instanceId, CancellationToken cancellationToken) =>
        ReadOneAsync(resourceId, componentType, instanceId ?? throw new ArgumentNullException(nameof(instanceId)), cancellationToken);

    public async Task<IReadOnlyList<StoredComponent>> ReadAllAsync(string resourceId, XName componentType, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await PostgresComponentQueries.GetAllAsync(connection, null, Schema, resourceId, componentType, cancellationToken);
    }

    public async Task<ListPage> ListAsync(string? resourcePattern, IReadOnlyCollection<XName> componentTypes, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentTypes);
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await PostgresComponentQueries.ListAsync(connection, Schema, resourcePattern, componentTypes, offset, count, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await PostgresComponentQueries.GetDefinitionsAsync(connection, null, Schema, componentType, cancellationToken);
    }

    public async IAsyncEnumerable<StoredComponent> ReadAllOfTypeAsync(XName componentType, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await foreach (var component in PostgresSchemaRevisionQueries.ReadAllOfTypeAsync(connection, Schema, componentType, cancellationToken))
        {
            yield return component;
        }
    }

    public async Task<IReadOnlyDictionary<XName, string>> GetSchemaRevisionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await PostgresSchemaRevisionQueries.GetAsync(connection, Schema, cancellationToken);
    }

    public async Task SetSchemaRevisionAsync(XName componentType, string fingerprint, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        ArgumentException.ThrowIfNullOrEmpty(fingerprint);
        await using var connection = await Database.OpenAsync(cancellationToken);
        await PostgresSchemaRevisionQueries.SetAsync(connection, Schema, componentType, fingerprint, at, cancellationToken);
    }

    public event Action? NotificationsQueued;

    public async Task<T> WriteAsync<T>(Func<IComponentWriteSession, Task<WriteOutcome<T>>> work, bool simulate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var journal = new WriteJournal();
        var result = await Database.InTransactionAsync((connection, transaction) =>
        {
            var tx = new PostgresRafTransaction(Schema, connection, transaction, cancellationToken);
            var session = new PostgresWriteSession(connection, transaction, tx, _notifier, journal, _limits);
            return WriteUnit.RunAsync(session, (INotificationQueue)session.Subscriptions, _notifier, journal, work, simulate);
        }, cancellationToken);
        if (journal.Committing && journal.Queued > 0)
        {
            NotificationsQueued?.Invoke();
        }

        return result;
    }

    /// <summary>The database is shared with the process's other stores; the host disposes it.</summary>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<StoredComponent?> ReadOneAsync(string resourceId, XName componentType, string? instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await PostgresComponentQueries.GetAsync(connection, null, Schema, resourceId, componentType, instanceId, cancellationToken);
    }
}
