using System.Xml.Linq;
using GupSoap.Raf.Notifications;
using Microsoft.Data.Sqlite;

namespace GupSoap.Raf.Storage;

/// <summary>The write operations of one SQLite transaction; each change is recorded in the journal for notification.</summary>
internal sealed class SqliteWriteSession(SqliteConnection connection, SqliteTransaction transaction, ChangeNotifier notifier, WriteJournal journal, CancellationToken ct)
    : IComponentWriteSession
{
    public ISubscriptionSession Subscriptions { get; } = new SqliteSubscriptionSession(connection, transaction, notifier, journal, ct);

    public Task<StoredComponent?> GetAsync(string resourceId, XName componentType) =>
        SqliteComponentQueries.GetAsync(connection, transaction, resourceId, componentType, ct);

    public async Task<StoredComponent> InsertAsync(string resourceId, string? resourceType, XName componentType, string data, DateTimeOffset at)
    {
        var stored = new StoredComponent(resourceId, resourceType, componentType, data, 1, at.ToUniversalTime());
        await ExecuteAsync(
            "INSERT INTO components (resource_id, resource_type, component_type, data, version, changed_at) VALUES ($r, $rt, $t, $d, $v, $c)",
            ("$r", resourceId), ("$rt", (object?)resourceType ?? DBNull.Value), ("$t", componentType.ToString()), ("$d", data), ("$v", stored.Version), ("$c", stored.ChangedAt.UtcTicks));
        journal.Record(null, stored);
        return stored;
    }

    public async Task<StoredComponent> UpdateAsync(StoredComponent existing, string data, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(existing);
        // The change time strictly increases, so notChangedSince = last seen change time always detects a later write.
        var changed = at.UtcTicks > existing.ChangedAt.UtcTicks ? at.ToUniversalTime() : existing.ChangedAt.AddTicks(1);
        var updated = existing with { Data = data, Version = existing.Version + 1, ChangedAt = changed };
        var rows = await ExecuteAsync(
            "UPDATE components SET data = $d, version = $v, changed_at = $c WHERE resource_id = $r AND component_type = $t AND version = $old",
            ("$d", data), ("$v", updated.Version), ("$c", changed.UtcTicks), ("$r", existing.ResourceId), ("$t", existing.ComponentType.ToString()), ("$old", existing.Version));
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
        await ExecuteAsync("DELETE FROM components WHERE resource_id = $r AND component_type = $t",
            ("$r", existing.ResourceId), ("$t", existing.ComponentType.ToString()));
        journal.Record(existing, null);
    }

    public Task<IReadOnlyList<StoredDefinition>> GetDefinitionsAsync(XName componentType) =>
        SqliteDefinitionQueries.GetAsync(connection, transaction, componentType, ct);

    public Task AddDefinitionAsync(StoredDefinition definition, DateTimeOffset at) =>
        SqliteDefinitionQueries.AddAsync(connection, transaction, definition, at, ct);

    private async Task<int> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }
}
