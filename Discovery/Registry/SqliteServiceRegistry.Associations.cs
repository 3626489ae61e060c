using GupSoap.Contracts.Disco;
using Microsoft.Data.Sqlite;
using static GupSoap.Discovery.Registry.SqliteRegistryRows;

namespace GupSoap.Discovery.Registry;

/// <summary>Subscribers' associations with registered entries (Discovery 2.0 §3.4.2, §3.4.3, §3.4.7).</summary>
public sealed partial class SqliteServiceRegistry
{
    public Task<string> AssociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(async tx =>
        {
            foreach (var id in ids)
            {
                if (await ProviderOfAsync(tx, id, cancellationToken) is null)
                {
                    return DiscoStatusCodes.NotFound;
                }

                await ExecuteAsync(tx, "INSERT OR IGNORE INTO association (subscriber, id) VALUES ($s, $id)", cancellationToken, ("$s", subscriber), ("$id", id));
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);

    public Task<string> DissociateAsync(string subscriber, IReadOnlyList<string> ids, CancellationToken cancellationToken) =>
        WriteAsync(async tx =>
        {
            foreach (var id in ids)
            {
                if (await ExecuteAsync(tx, "DELETE FROM association WHERE subscriber = $s AND id = $id", cancellationToken, ("$s", subscriber), ("$id", id)) == 0)
                {
                    return DiscoStatusCodes.NotFound;
                }
            }

            return DiscoStatusCodes.Ok;
        }, cancellationToken);
}
