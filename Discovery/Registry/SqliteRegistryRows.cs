using GupSoap.Contracts.Disco;
using Microsoft.Data.Sqlite;

namespace GupSoap.Discovery.Registry;

/// <summary>Row-level statements of <see cref="SqliteServiceRegistry"/>, each run inside the caller's transaction.</summary>
internal static class SqliteRegistryRows
{
    public const string Schema = """
        CREATE TABLE IF NOT EXISTS svcmd (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            provider_id TEXT NOT NULL,
            registered_by TEXT NOT NULL,
            operator_wide INTEGER NOT NULL,
            metadata TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS svcmd_key (
            provider_id TEXT NOT NULL,
            service_type TEXT NOT NULL,
            address TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (provider_id, service_type, address, id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS association (
            subscriber TEXT NOT NULL,
            id TEXT NOT NULL,
            PRIMARY KEY (subscriber, id)) WITHOUT ROWID;
        """;

    /// <summary>The provider owning entry <paramref name="id"/>, or null when there is no such entry.</summary>
    public static async Task<string?> ProviderOfAsync(SqliteTransaction tx, string id, CancellationToken cancellationToken) =>
        await ScalarAsync(tx, "SELECT provider_id FROM svcmd WHERE id = $id", cancellationToken, ("$id", id)) as string;

    /// <summary>Another entry (not <paramref name="self"/>) of the same provider offers one of the entry's service types at one of its addresses.</summary>
    public static async Task<bool> HasLogicalDuplicateAsync(SqliteTransaction tx, SvcMD entry, string self, CancellationToken cancellationToken)
    {
        foreach (var (type, address) in LogicalKeys.Of(entry))
        {
            var found = await ScalarAsync(tx, "SELECT 1 FROM svcmd_key WHERE provider_id = $p AND service_type = $t AND address = $a AND id <> $id LIMIT 1",
                cancellationToken, ("$p", entry.ProviderId!), ("$t", type), ("$a", address), ("$id", self));
            if (found is not null)
            {
                return true;
            }
        }

        return false;
    }

    public static async Task InsertAsync(SqliteTransaction tx, SvcMD entry, string registeredBy, bool operatorWide, CancellationToken cancellationToken)
    {
        await ExecuteAsync(tx, "INSERT INTO svcmd (id, provider_id, registered_by, operator_wide, metadata) VALUES ($id, $p, $by, $wide, $md)", cancellationToken,
            ("$id", entry.SvcMDID!), ("$p", entry.ProviderId!), ("$by", registeredBy), ("$wide", operatorWide ? 1 : 0), ("$md", SvcMdText.Write(entry)));
        await InsertKeysAsync(tx, entry, cancellationToken);
    }

    public static async Task UpdateAsync(SqliteTransaction tx, SvcMD entry, CancellationToken cancellationToken)
    {
        await ExecuteAsync(tx, "UPDATE svcmd SET provider_id = $p, metadata = $md WHERE id = $id", cancellationToken,
            ("$id", entry.SvcMDID!), ("$p", entry.ProviderId!), ("$md", SvcMdText.Write(entry)));
        await ExecuteAsync(tx, "DELETE FROM svcmd_key WHERE id = $id", cancellationToken, ("$id", entry.SvcMDID!));
        await InsertKeysAsync(tx, entry, cancellationToken);
    }

    public static async Task DeleteAsync(SqliteTransaction tx, string id, CancellationToken cancellationToken)
    {
        foreach (var table in new[] { "svcmd_key", "association", "svcmd" })
        {
            await ExecuteAsync(tx, $"DELETE FROM {table} WHERE id = $id", cancellationToken, ("$id", id));
        }
    }

    public static async Task<int> ExecuteAsync(SqliteTransaction tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(SqliteTransaction tx, string sql, CancellationToken cancellationToken, params (string Name, object Value)[] parameters)
    {
        await using var command = Command(tx, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task InsertKeysAsync(SqliteTransaction tx, SvcMD entry, CancellationToken cancellationToken)
    {
        foreach (var (type, address) in LogicalKeys.Of(entry))
        {
            await ExecuteAsync(tx, "INSERT OR IGNORE INTO svcmd_key (provider_id, service_type, address, id) VALUES ($p, $t, $a, $id)", cancellationToken,
                ("$p", entry.ProviderId!), ("$t", type), ("$a", address), ("$id", entry.SvcMDID!));
        }
    }

    private static SqliteCommand Command(SqliteTransaction tx, string sql, (string Name, object Value)[] parameters)
    {
        var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
