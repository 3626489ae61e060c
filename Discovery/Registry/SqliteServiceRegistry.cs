using GupSoap.Contracts.Disco;
using GupSoap.Core.Storage;
using Microsoft.Data.Sqlite;
using static GupSoap.Discovery.Registry.SqliteRegistryRows;

namespace GupSoap.Discovery.Registry;

/// <summary>
/// The registry on SQLite (<c>discovery.db</c> under the data directory). Every write runs in one immediate
/// transaction, so its checks (Duplicate, LogicalDuplicate, owner) and its changes see the same state.
/// </summary>
public sealed partial class SqliteServiceRegistry(string path) : IServiceRegistry
{
    private readonly SqliteFile _file = new(path);

    public Task InitializeAsync(CancellationToken cancellationToken) => _file.InitializeAsync(Schema, cancellationToken);

    public async Task<(string Status, IReadOnlyList<string> Ids)> RegisterAsync(IReadOnlyList<SvcMD> entries, string registeredBy, bool operatorWide, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var ids = new List<string>();
        var status = await WriteAsync(async tx =>
        {
            foreach (var given in entries)
            {
                // A copy: the caller's entry keeps no generated id when the registration is refused.
                var entry = new SvcMD { Abstract = given.Abstract, ProviderId = given.ProviderId, ServiceContexts = given.ServiceContexts, SvcMDID = given.SvcMDID ?? "urn:uuid:" + Guid.NewGuid().ToString("D") };
                if (await ProviderOfAsync(tx, entry.SvcMDID, cancellationToken) is not null)
                {
                    return DiscoStatusCodes.Duplicate;
                }

                if (await HasLogicalDuplicateAsync(tx, entry, entry.SvcMDID, cancellationToken))
                {
                    return DiscoStatusCodes.LogicalDuplicate;
                }

                await InsertAsync(tx, entry, registeredBy, operatorWide, cancellationToken);
                ids.Add(entry.SvcMDID);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);
        return (status, status == DiscoStatusCodes.Ok ? ids : []);
    }

    public Task<string> ReplaceAsync(IReadOnlyList<SvcMD> entries, string? onlyProvider, CancellationToken cancellationToken) =>
        WriteAsync(async tx =>
        {
            foreach (var entry in entries)
            {
                var owner = entry.SvcMDID is null ? null : await ProviderOfAsync(tx, entry.SvcMDID, cancellationToken);
                if (owner is null || (onlyProvider is not null && owner != onlyProvider))
                {
                    return owner is null ? DiscoStatusCodes.NotFound : DiscoStatusCodes.Forbidden;
                }

                if (await HasLogicalDuplicateAsync(tx, entry, entry.SvcMDID!, cancellationToken))
                {
                    return DiscoStatusCodes.LogicalDuplicate;
                }

                await UpdateAsync(tx, entry, cancellationToken);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public Task<string> DeleteAsync(IReadOnlyList<string> ids, string? onlyProvider, CancellationToken cancellationToken) =>
        WriteAsync(async tx =>
        {
            foreach (var id in ids)
            {
                var owner = await ProviderOfAsync(tx, id, cancellationToken);
                if (owner is null || (onlyProvider is not null && owner != onlyProvider))
                {
                    return owner is null ? DiscoStatusCodes.NotFound : DiscoStatusCodes.Forbidden;
                }

                await SqliteRegistryRows.DeleteAsync(tx, id, cancellationToken);
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction; committed only when it answers OK.</summary>
    private async Task<string> WriteAsync(Func<SqliteTransaction, Task<string>> work, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var status = await work(tx);
        if (status == DiscoStatusCodes.Ok)
        {
            await tx.CommitAsync(cancellationToken);
        }
        else
        {
            await tx.RollbackAsync(cancellationToken);
        }

        return status;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
