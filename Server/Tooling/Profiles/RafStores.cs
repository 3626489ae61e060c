using System.Xml.Linq;
using GupSoap.Core.Xml;
using GupSoap.Raf;
using GupSoap.Raf.Revisions;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>One RAF's store as the tools open it.</summary>
internal sealed record OpenRaf(RafOptions Options, IComponentStore Store);

/// <summary>
/// The RAF stores a configuration names (each RAF's SQLite file in the data directory, or its <c>raf_{name}</c>
/// PostgreSQL schema), opened as a RAF process opens them: schema applied and the stored documents checked against
/// the deployment's schema revisions first, so what the tools write is judged by the same schemas the server uses.
/// A component type is routed where the GUP Server puts a new component: the first RAF in configuration order holding it.
/// </summary>
internal sealed class RafStores : IAsyncDisposable
{
    private readonly StoreSelection _selection;

    private RafStores(StoreSelection selection, SchemaRegistry registry, XmlLimits limits, IReadOnlyList<OpenRaf> rafs)
    {
        _selection = selection;
        Registry = registry;
        Limits = limits;
        Rafs = rafs;
    }

    public SchemaRegistry Registry { get; }

    public XmlLimits Limits { get; }

    public IReadOnlyList<OpenRaf> Rafs { get; }

    public OpenRaf? For(XName componentType) => Rafs.FirstOrDefault(r => r.Options.ComponentTypes.Contains(componentType));

    /// <exception cref="Core.Hosting.ConfigurationException">The configuration, a schema or a store is unusable.</exception>
    public static async Task<RafStores> OpenAsync(IConfiguration configuration, TimeProvider time, CancellationToken cancellationToken)
    {
        var dataDirectory = ToolConfiguration.DataDirectory(configuration);
        var registry = ComponentTypeHosting.Load(configuration, dataDirectory);
        var limits = configuration.GetSection("Gup:Xml").Get<XmlLimits>() ?? new XmlLimits();
        var selection = StoreSelection.Read(configuration);
        var opened = new List<OpenRaf>();
        try
        {
            foreach (var options in RafConfiguration.Read(configuration, dataDirectory, selection, registry))
            {
                IComponentStore store;
                if (options.Database is { } database)
                {
                    store = new PostgresComponentStore(database, Core.Storage.Postgres.PostgresSchema.ForRaf(options.Name), limits, time);
                }
                else
                {
                    Directory.CreateDirectory(dataDirectory);
                    store = new SqliteComponentStore(options.DatabasePath, limits, time);
                }

                opened.Add(new OpenRaf(options, store));
                await store.InitializeAsync(cancellationToken);
                await SchemaRevisions.EnsureAsync(options, store, limits, time, cancellationToken);
            }

            return new RafStores(selection, registry, limits, opened);
        }
        catch
        {
            foreach (var raf in opened)
            {
                await raf.Store.DisposeAsync();
            }

            await selection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var raf in Rafs)
        {
            await raf.Store.DisposeAsync();
        }

        await _selection.DisposeAsync();
    }
}
