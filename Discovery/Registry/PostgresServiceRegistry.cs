using GupSoap.Contracts.Disco;
using GupSoap.Core.Storage.Postgres;
using static GupSoap.Core.Storage.Postgres.PostgresSql;

namespace GupSoap.Discovery.Registry;

/// <summary>
/// The registry on PostgreSQL, shared by every Discovery process on the database. Every write runs in one
/// transaction holding the registry's advisory lock, so its checks (Duplicate, LogicalDuplicate, owner) and its
/// changes see the same state whichever process runs it; reads take no lock.
/// </summary>
public sealed class PostgresServiceRegistry(PostgresDatabase database, PostgresSchema schema) : IServiceRegistry
{
    public const string Component = "registry";

    public Task InitializeAsync(CancellationToken cancellationToken) =>
        PostgresMigrations.ApplyAsync(database, schema, Component, PostgresRegistryRows.Migrations, cancellationToken);

    public async Task<(string Status, IReadOnlyList<string> Ids)> RegisterAsync(IReadOnlyList<SvcMD> entries, string registeredBy, bool operatorWide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ids = new List<string>();
        var status = await WriteAsync(async rows =>
        {
            foreach (var given in entries)
            {
                // A copy: the caller's entry keeps no generated id when the registration is refused.
                var entry = new SvcMD { Abstract = given.Abstract, ProviderId = given.ProviderId, ServiceContexts = given.ServiceContexts, SvcMDID = given.SvcMDID ?? "urn:uuid:" + Guid.NewGuid().ToString("D") };
                if (await rows.ProviderOfAsync(entry.SvcMDID) is not null)
                {
                    return DiscoStatusCodes.Duplicate;
                }

                if (await rows.HasLogicalDuplicateAsync(entry, entry.SvcMDID))
                {
                    return DiscoStatusCodes.LogicalDuplicate;
                }

                await rows.InsertAsync(entry, registeredBy, operatorWide);
                ids.Add(entry.SvcMDID);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);
        return (status, status == DiscoStatusCodes.Ok ? ids : []);
    }

    public Task<string> ReplaceAsync(IReadOnlyList<SvcMD> entries, string? onlyProvider, CancellationToken cancellationToken) =>
        WriteAsync(async rows =>
        {
            foreach (var entry in entries)
            {
                if (await OwnerRefusalAsync(rows, entry.SvcMDID, onlyProvider) is { } refused)
                {
                    return refused;
                }

                if (await rows.HasLogicalDuplicateAsync(entry, entry.SvcMDID!))
                {
                    return DiscoStatusCodes.LogicalDuplicate;
                }

                await rows.UpdateAsync(entry);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public Task<string> DeleteAsync(IReadOnlyList<string> ids, string? onlyProvider, CancellationToken cancellationToken) =>
        WriteAsync(async rows =>
        {
            foreach (var id in ids)
            {
                if (await OwnerRefusalAsync(rows, id, onlyProvider) is { } refused)
                {
                    return refused;
                }

                await rows.DeleteAsync(id);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public async Task<IReadOnlyList<RegisteredService>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, schema.Apply("SELECT metadata, registered_by, operator_wide FROM {schema}.svcmd ORDER BY seq"));
        return await ReadAllAsync(command, r => new RegisteredService(SvcMdText.Read(r.GetString(0)), r.GetString(1), r.GetBoolean(2)), cancellationToken);
    }

    public Task<string> AssociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(async rows =>
        {
            foreach (var id in ids)
            {
                if (await rows.ProviderOfAsync(id) is null)
                {
                    return DiscoStatusCodes.NotFound;
                }

                await rows.AssociateAsync(subscriber, id);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public Task<string> DissociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(async rows =>
        {
            foreach (var id in ids)
            {
                if (await rows.DissociateAsync(subscriber, id) == 0)
                {
                    return DiscoStatusCodes.NotFound;
                }
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> AssociationsAsync(string subscriber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = Command(connection, null, schema.Apply("SELECT id FROM {schema}.association WHERE subscriber = @s"), ("s", subscriber));
        return (await ReadAllAsync(command, r => r.GetString(0), cancellationToken)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>NotFound for an unknown entry, Forbidden for another provider's; null when the write may go on.</summary>
    private static async Task<string?> OwnerRefusalAsync(PostgresRegistryRows rows, string? id, string? onlyProvider)
    {
        var owner = id is null ? null : await rows.ProviderOfAsync(id);
        return owner is null ? DiscoStatusCodes.NotFound
            : onlyProvider is not null && owner != onlyProvider ? DiscoStatusCodes.Forbidden
            : null;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction under the registry's lock; committed only when it answers OK.</summary>
    private Task<string> WriteAsync(Func<PostgresRegistryRows, Task<string>> work, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (connection, transaction) =>
        {
            await LockAsync(connection, transaction, "gupsoap:registry:" + schema.Name, cancellationToken);
            var status = await work(new PostgresRegistryRows(schema, connection, transaction, cancellationToken));
            return (status, status == DiscoStatusCodes.Ok);
        }, cancellationToken);
}
