using GupSoap.Core.Charging;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>admin charging</c>: reads the charging records of the deployment's store (the same <c>Gup:Store</c>, data
/// directory and connection string as the server) and writes the ones asked for to the output.
/// </summary>
internal static class ChargingReport
{
    public static async Task<long> RunAsync(IConfiguration configuration, ChargingQuery query, string format, TextWriter output, CancellationToken cancellationToken)
    {
        await using var stores = StoreSelection.Read(configuration);
        var store = ChargingHosting.Store(ToolConfiguration.DataDirectory(configuration), stores);
        // Creates the table when no server has yet: an empty export rather than an error.
        await store.InitializeAsync(cancellationToken);
        return await ChargingExport.WriteAsync(store.QueryAsync(query, cancellationToken), format, output, cancellationToken);
    }
}
