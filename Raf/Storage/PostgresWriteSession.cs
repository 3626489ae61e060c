using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Notifications;
using Npgsql;

namespace GupSoap.Raf.Storage;

/// <summary>
/// The write operations of one PostgreSQL transaction. Every operation on a resource first locks that resource
/// (<see cref="PostgresRafTransaction"/>), so what this transaction reads of it stays true until it commits; each
/// change is recorded in the journal for notification.
/// </summary>
internal sealed class PostgresWriteSession(NpgsqlConnection connection, NpgsqlTransaction transaction, PostgresRafTransaction tx, ChangeNotifier notifier, WriteJournal journal,
    XmlLimits limits) : IComponentWriteSession
{
    public ISubscriptionSession Subscriptions { get; } = new PostgresSubscriptionSession(tx, notifier, journal);

    public async Task<StoredComponent?> GetAsync(string resourceId, XName componentType)
    {
        await tx.LockAsync("resource", resourceId);
        return await PostgresComponentQueries.GetAsync(connection, transaction, tx.Schema, resourceId, componentType, null, tx.CancellationToken);
    }

    public async Task<StoredComponent?> GetAsync(string resourceId, XName componentType, string instanceId)
    {
        await tx.LockAsync("resource", resourceId);
        return await PostgresComponentQueries.GetAsync(connection, transaction, tx.Schema, resourceId, componentType, instanceId, tx.CancellationToken);
    }

    public async Task<IReadOnlyList<StoredComponent>> GetAllAsync(string resourceId, XName componentType)
    {
        await tx.LockAsync("resource", resourceId);
        return await PostgresComponentQueries.GetAllAsync(connection, transaction, tx.Schema, resourceId, componentType, tx.CancellationToken);
    }

    public async Task<StoredComponent> InsertAsync(string resourceId, string? resourceType, XName componentType, string data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await tx.LockAsync("resource", resourceId);
        var inserted = InstanceData.First(resourceId, resourceType, componentType, data, at, limits);
        await tx.ExecuteAsync("""
            INSERT INTO {schema}.components (resource_id, resource_type, component_type, instance_id, data, version, changed_at)
            VALUES (@r, @rt, @t, @i, @d, @v, @c)
            """, ("r", resourceId), ("rt", resourceType), ("t", componentType.ToString()), ("i", inserted.InstanceId), ("d", inserted.Data), ("v", inserted.Version),
            ("c", inserted.ChangedAt.UtcTicks));
        journal.Record(null, inserted);
        return inserted;
    }

    public async Task<StoredComponent> UpdateAsync(StoredComponent existing, string data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(existing);
        await tx.LockAsync("resource", existing.ResourceId);
        var updated = InstanceData.Next(existing, data, at, limits);
        var rows = await tx.ExecuteAsync("""
            UPDATE {schema}.components SET data = @d, version = @v, changed_at = @c
            WHERE resource_id = @r AND component_type = @t AND instance_id = @i AND version = @old
            """, ("d", updated.Data), ("v", updated.Version), ("c", updated.ChangedAt.UtcTicks), ("r", existing.ResourceId), ("t", existing.ComponentType.ToString()),
            ("i", existing.InstanceId), ("old", existing.Version));
        if (rows != 1)
        {
            throw new InvalidOperationException("Component changed although its resource is locked by this transaction.");
        }

        journal.Record(existing, updated);
        return updated;
    }

    public async Task DeleteAsync(StoredComponent existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        await tx.LockAsync("resource", existing.ResourceId);
        await tx.ExecuteAsync("DELETE FROM {schema}.components WHERE resource_id = @r AND component_type = @t AND instance_id = @i",
            ("r", existing.ResourceId), ("t", existing.ComponentType.ToString()), ("i", existing.InstanceId));
        journal.Record(existing, null);
    }

    public async Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        await tx.LockAsync("definitions", componentType.ToString());
        return await PostgresComponentQueries.GetDefinitionsAsync(connection, transaction, tx.Schema, componentType, tx.CancellationToken);
    }

    public async Task AddDefinitionAsync(StoredDefinition definition, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        await tx.LockAsync("definitions", definition.ComponentType.ToString());
        await PostgresComponentQueries.AddDefinitionAsync(tx, definition, at);
    }
}
