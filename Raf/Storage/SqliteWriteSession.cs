using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf.Notifications;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>The write operations of one SQLite transaction; each change is recorded in the journal for notification.</summary>
internal sealed class SqliteWriteSession(SqliteConnection connection, SqliteTransaction transaction, SqliteStatements statements, ChangeNotifier notifier, WriteJournal journal,
    XmlLimits limits, CancellationToken ct)
    : IComponentWriteSession
{
    public ISubscriptionSession Subscriptions { get; } = new SqliteSubscriptionSession(connection, transaction, statements, notifier, journal, ct);

    public Task<StoredComponent?> GetAsync(string resourceId, XName componentType) =>
        SqliteComponentQueries.GetAsync(connection, transaction, resourceId, componentType, null, ct);

    public Task<StoredComponent?> GetAsync(string resourceId, XName componentType, string instanceId) =>
        SqliteComponentQueries.GetAsync(connection, transaction, resourceId, componentType, instanceId, ct);

    public Task<IReadOnlyList<StoredComponent>> GetAllAsync(string resourceId, XName componentType) =>
        SqliteComponentQueries.GetAllAsync(connection, transaction, resourceId, componentType, ct);

    public async Task<StoredComponent> InsertAsync(string resourceId, string? resourceType, XName componentType, string data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(componentType);
        var inserted = InstanceData.First(resourceId, resourceType, componentType, data, at, limits);
        await ExecuteAsync(
            "INSERT INTO components (resource_id, resource_type, component_type, instance_id, data, version, changed_at) VALUES ($r, $rt, $t, $i, $d, $v, $c)",
            ("$r", resourceId), ("$rt", (object?)resourceType ?? DBNull.Value), ("$t", componentType.ToString()), ("$i", inserted.InstanceId), ("$d", inserted.Data),
            ("$v", inserted.Version), ("$c", inserted.ChangedAt.UtcTicks));
        journal.Record(null, inserted);
        return inserted;
    }

    public async Task<StoredComponent> UpdateAsync(StoredComponent existing, string data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var updated = InstanceData.Next(existing, data, at, limits);
        var rows = await ExecuteAsync(
            "UPDATE components SET data = $d, version = $v, changed_at = $c WHERE resource_id = $r AND component_type = $t AND instance_id = $i AND version = $old",
            ("$d", updated.Data), ("$v", updated.Version), ("$c", updated.ChangedAt.UtcTicks), ("$r", existing.ResourceId), ("$t", existing.ComponentType.ToString()),
            ("$i", existing.InstanceId), ("$old", existing.Version));
        if (rows != 1)
        {
            throw new InvalidOperationException("Component changed inside a serialised transaction.");
        }

        journal.Record(existing, updated);
        return updated;
    }

    public async Task DeleteAsync(StoredComponent existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        await ExecuteAsync("DELETE FROM components WHERE resource_id = $r AND component_type = $t AND instance_id = $i",
            ("$r", existing.ResourceId), ("$t", existing.ComponentType.ToString()), ("$i", existing.InstanceId));
        journal.Record(existing, null);
    }

    public Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType) =>
        SqliteDefinitionQueries.GetAsync(connection, transaction, componentType, ct);

    public Task AddDefinitionAsync(StoredDefinition definition, DateTimeOffset at) =>
        SqliteDefinitionQueries.AddAsync(connection, transaction, definition, at, ct);

    private Task<int> ExecuteAsync(string sql, params (string Name, object? Value)[] parameters) =>
        statements.Get(sql, parameters).ExecuteNonQueryAsync(ct);
}
