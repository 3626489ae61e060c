using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Server.Demo;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Bench.Compare;

/// <summary>
/// The bulk path for data-size runs: writes subscribers straight into the RAF stores (SQLite files or PostgreSQL, before
/// the server starts), each with the demo profile (seven documents), thousands per transaction, with progress.
/// Subscribers are <see cref="Workload.Subscriber"/>(0 .. n-1); provisioning continues where an earlier call stopped.
/// </summary>
internal static class BulkProvisioner
{
    private const int PerTransaction = 2_000;

    public static async Task ProvisionAsync(BenchStore where, string dataDirectory, int from, int to, TextWriter progress, CancellationToken cancellationToken)
    {
        var placement = RafOfEachType();
        var stores = new Dictionary<string, IComponentStore>(StringComparer.Ordinal);
        var databases = new List<IAsyncDisposable>();
        try
        {
            foreach (var raf in placement.Values.Distinct())
            {
                var (store, database) = await where.OpenAsync(dataDirectory, raf, cancellationToken);
                stores[raf] = store;

                // The demo documents are valid under the built-in schemas (the server's demo data checks the same
                // documents at every start): record those revisions as a RAF does after checking, so that the server
                // does not read millions of documents again before it serves.
                foreach (var type in placement.Where(p => p.Value == raf).Select(p => p.Key))
                {
                    await store.SetSchemaRevisionAsync(type, SchemaRegistry.Default.Fingerprint(type), DateTimeOffset.UtcNow, cancellationToken);
                }

                if (database is not null)
                {
                    databases.Add(database);
                }
            }

            var clock = Stopwatch.StartNew();
            for (var first = from; first < to; first += PerTransaction)
            {
                var last = Math.Min(first + PerTransaction, to);
                var documents = Enumerable.Range(first, last - first)
                    .SelectMany(i => DemoData.Components(Workload.Subscriber(i)).Select(d => (Resource: Workload.Subscriber(i), Document: d)))
                    .GroupBy(d => placement[d.Document.Name]);
                foreach (var batch in documents)
                {
                    await stores[batch.Key].WriteAsync(async session =>
                    {
                        foreach (var (resource, document) in batch)
                        {
                            await session.InsertAsync(resource, "sip", document.Name, ComponentDocument.Save(document), DateTimeOffset.UtcNow);
                        }

                        return WriteOutcome.Committed(0);
                    }, simulate: false, cancellationToken);
                }

                var done = last - from;
                var rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                progress.Write(FormattableString.Invariant($"\r  provisioning {last:N0}/{to:N0} subscribers ({where.Kind}), {rate:N0}/s, ETA {TimeSpan.FromSeconds((to - last) / Math.Max(rate, 1)):hh\\:mm\\:ss}   "));
            }

            progress.WriteLine(FormattableString.Invariant($"\r  provisioned {to - from:N0} subscribers ({where.Kind}) in {clock.Elapsed:hh\\:mm\\:ss} ({(to - from) / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0}/s)            "));
        }
        finally
        {
            foreach (var store in stores.Values)
            {
                await store.DisposeAsync();
            }

            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// How many subscribers an earlier run provisioned into this store: they are numbered from 0 and written a batch
    /// per transaction in order, so the count of SubscriberInfo documents is where to go on. (An interrupted run may
    /// leave the other RAF one batch ahead; delete the directory or database of that size to start over.)
    /// </summary>
    public static async Task<int> ProvisionedAsync(BenchStore where, string dataDirectory, CancellationToken cancellationToken)
    {
        var type = XName.Get("SubscriberInfo", GupSoap.Contracts.Namespaces.Subscriber);
        var raf = RafOfEachType()[type];
        const string Count = "SELECT COUNT(*) FROM {0}components WHERE component_type = @t AND resource_id LIKE 'sip:bench-%'";
        if (where.ConnectionString is { } connectionString)
        {
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var exists = new Npgsql.NpgsqlCommand("SELECT to_regclass(@c) IS NOT NULL", connection) { Parameters = { new("c", GupSoap.Core.Storage.Postgres.PostgresSchema.ForRaf(raf).Name + ".components") } };
            if (await exists.ExecuteScalarAsync(cancellationToken) is not true)
            {
                return 0;
            }

            await using var count = new Npgsql.NpgsqlCommand(string.Format(CultureInfo.InvariantCulture, Count, GupSoap.Core.Storage.Postgres.PostgresSchema.ForRaf(raf).Name + "."), connection)
            {
                Parameters = { new("t", type.ToString()) },
            };
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        var file = Path.Combine(dataDirectory, $"raf-{raf}.db");
        if (!File.Exists(file))
        {
            return 0;
        }

        await using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await sqlite.OpenAsync(cancellationToken);
        await using var command = sqlite.CreateCommand();
        command.CommandText = string.Format(CultureInfo.InvariantCulture, Count, "");
        command.Parameters.AddWithValue("@t", type.ToString());
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    /// <summary>Component type → the RAF that holds it, as the server's appsettings.json configures them.</summary>
    private static Dictionary<XName, string> RafOfEachType()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var placement = new Dictionary<XName, string>();
        foreach (var raf in configuration.GetSection("Gup:Rafs").GetChildren())
        {
            foreach (var type in raf.GetSection("ComponentTypes").GetChildren())
            {
                placement.TryAdd(XName.Get(type.Value!), raf.Key);
            }
        }

        return placement;
    }
}
