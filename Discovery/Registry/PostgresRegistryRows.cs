using GupSoap.Contracts.Disco;
using GupSoap.Core.Storage.Postgres;
using Npgsql;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Discovery.Registry;

/// <summary>Row-level statements of <see cref="PostgresServiceRegistry"/>, each run inside the caller's transaction.</summary>
internal sealed class PostgresRegistryRows(PostgresSchema schema, NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
{
    public static readonly string[] Migrations =
    [
        """
        CREATE TABLE {schema}.svcmd (
            seq           bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            id            text    NOT NULL UNIQUE,
            provider_id   text    NOT NULL,
            registered_by text    NOT NULL,
            operator_wide boolean NOT NULL,
            metadata      text    NOT NULL);
        CREATE TABLE {schema}.svcmd_key (
            provider_id  text NOT NULL,
            service_type text NOT NULL,
            address      text NOT NULL,
            id           text NOT NULL,
            PRIMARY KEY (provider_id, service_type, address, id));
        CREATE INDEX svcmd_key_id ON {schema}.svcmd_key (id);
        CREATE TABLE {schema}.association (
            subscriber text NOT NULL,
            id         text NOT NULL,
            PRIMARY KEY (subscriber, id));
        CREATE INDEX association_id ON {schema}.association (id);
        """,
    ];

    private static readonly string[] OwnedBy = ["svcmd_key", "association", "svcmd"];

    /// <summary>The provider owning entry <paramref name="id"/>, or null when there is no such entry.</summary>
    public async Task<string?> ProviderOfAsync(string id) =>
        await ScalarAsync(connection, transaction, schema.Apply("SELECT provider_id FROM {schema}.svcmd WHERE id = @id"), ct, ("id", id)) as string;

    /// <summary>Another entry (not <paramref name="self"/>) of the same provider offers one of the entry's service types at one of its addresses.</summary>
    public async Task<bool> HasLogicalDuplicateAsync(SvcMD entry, string self)
    {
        foreach (var (type, address) in LogicalKeys.Of(entry))
        {
            if (await ScalarAsync(connection, transaction, schema.Apply("""
                SELECT 1 FROM {schema}.svcmd_key WHERE provider_id = @p AND service_type = @t AND address = @a AND id <> @id LIMIT 1
                """), ct, ("p", entry.ProviderId!), ("t", type), ("a", address), ("id", self)) is not null)
            {
                return true;
            }
        }

        return false;
    }

    public async Task InsertAsync(SvcMD entry, string registeredBy, bool operatorWide)
    {
        await ExecuteAsync(connection, transaction, schema.Apply("""
            INSERT INTO {schema}.svcmd (id, provider_id, registered_by, operator_wide, metadata) VALUES (@id, @p, @by, @wide, @md)
            """), ct, ("id", entry.SvcMDID!), ("p", entry.ProviderId!), ("by", registeredBy), ("wide", operatorWide), ("md", SvcMdText.Write(entry)));
        await InsertKeysAsync(entry);
    }

    public async Task UpdateAsync(SvcMD entry)
    {
        await ExecuteAsync(connection, transaction, schema.Apply("UPDATE {schema}.svcmd SET provider_id = @p, metadata = @md WHERE id = @id"), ct,
            ("id", entry.SvcMDID!), ("p", entry.ProviderId!), ("md", SvcMdText.Write(entry)));
        await ExecuteAsync(connection, transaction, schema.Apply("DELETE FROM {schema}.svcmd_key WHERE id = @id"), ct, ("id", entry.SvcMDID!));
        await InsertKeysAsync(entry);
    }

    public async Task DeleteAsync(string id)
    {
        foreach (var table in OwnedBy)
        {
            await ExecuteAsync(connection, transaction, schema.Apply($"DELETE FROM {{schema}}.{table} WHERE id = @id"), ct, ("id", id));
        }
    }

    public Task<int> AssociateAsync(string subscriber, string id) =>
        ExecuteAsync(connection, transaction, schema.Apply("INSERT INTO {schema}.association (subscriber, id) VALUES (@s, @id) ON CONFLICT DO NOTHING"), ct,
            ("s", subscriber), ("id", id));

    public Task<int> DissociateAsync(string subscriber, string id) =>
        ExecuteAsync(connection, transaction, schema.Apply("DELETE FROM {schema}.association WHERE subscriber = @s AND id = @id"), ct, ("s", subscriber), ("id", id));

    private async Task InsertKeysAsync(SvcMD entry)
    {
        foreach (var (type, address) in LogicalKeys.Of(entry))
        {
            await ExecuteAsync(connection, transaction, schema.Apply("""
                INSERT INTO {schema}.svcmd_key (provider_id, service_type, address, id) VALUES (@p, @t, @a, @id) ON CONFLICT DO NOTHING
                """), ct, ("p", entry.ProviderId!), ("t", type), ("a", address), ("id", entry.SvcMDID!));
        }
    }
}
