using GupSoap.Core.Hosting;
using GupSoap.Core.Xml;
using GupSoap.Raf;
using GupSoap.Raf.Revisions;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>admin schema check|add FILE</c>: what the next start would do with FILE in the schema directory — compile it
/// with the others (same rules: no DTDs, imports only among the directory's files) and, at every RAF whose store this
/// configuration reaches, check each stored document of every type whose schema revision would change. Nothing stored
/// is changed; <c>add</c> then copies FILE and its descriptor into the directory.
/// </summary>
internal static class SchemaCheck
{
    public static async Task<int> RunAsync(IConfiguration configuration, string file, bool add, TextWriter output, CancellationToken cancellationToken)
    {
        var dataDirectory = Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");
        var directory = ComponentTypeHosting.DirectoryOf(configuration, dataDirectory);
        SchemaSources candidate;
        SchemaRegistry registry;
        try
        {
            var revised = SchemaDirectory.ReadOne(file);
            candidate = ComponentTypeHosting.Sources(configuration, dataDirectory).Revise(revised);
            registry = ComponentTypeHosting.Build(candidate);
        }
        catch (Exception ex) when (ex is SchemaCatalogException or ConfigurationException)
        {
            await output.WriteLineAsync($"Refused: {ex.Message}");
            return 1;
        }

        var name = Path.GetFileName(file);
        var declared = registry.Declarations.Where(d => d.SchemaFile == name).ToList();
        await output.WriteLineAsync(declared.Count == 0
            ? $"{name} compiles with the schema directory; it declares no component type (no {Path.GetFileName(SchemaDirectory.DescriptorOf(name))} beside it or in the directory)."
            : $"{name} compiles with the schema directory; it declares {string.Join(", ", declared.Select(d => $"{d.Element} (prefix {d.Prefix}{(d.InstanceKey is null ? "" : $", instance key {d.InstanceKey}")})"))}.");

        if (!await CheckStoredDocumentsAsync(configuration, dataDirectory, registry, output, cancellationToken))
        {
            return 1;
        }

        if (add)
        {
            Install(file, directory);
            await output.WriteLineAsync($"Added {name} to {directory}. Restart the server (every process of the deployment) to serve it.");
        }

        return 0;
    }

    /// <summary>True when every stored document the revision concerns is still valid, at every RAF reached.</summary>
    private static async Task<bool> CheckStoredDocumentsAsync(IConfiguration configuration, string dataDirectory, SchemaRegistry registry, TextWriter output,
        CancellationToken cancellationToken)
    {
        await using var stores = StoreSelection.Read(configuration);
        IReadOnlyList<RafOptions> rafs;
        try
        {
            rafs = RafConfiguration.Read(configuration, dataDirectory, stores, registry);
        }
        catch (ConfigurationException ex)
        {
            await output.WriteLineAsync($"Refused: {ex.Message}");
            return false;
        }

        var limits = configuration.GetSection("Gup:Xml").Get<XmlLimits>() ?? new XmlLimits();
        foreach (var raf in rafs)
        {
            if (raf.Database is null && !File.Exists(raf.DatabasePath))
            {
                await output.WriteLineAsync($"RAF {raf.Name}: no store in this data directory (it runs elsewhere, or holds nothing yet); not checked here.");
                continue;
            }

            await using IComponentStore store = raf.Database is { } database
                ? new PostgresComponentStore(database, Core.Storage.Postgres.PostgresSchema.ForRaf(raf.Name), limits)
                : new SqliteComponentStore(raf.DatabasePath, limits);
            await store.InitializeAsync(cancellationToken);
            var recorded = await store.GetSchemaRevisionsAsync(cancellationToken);
            foreach (var type in registry.ComponentTypes.Where(raf.ComponentTypes.Contains).Where(t => recorded.GetValueOrDefault(t) != registry.Fingerprint(t)))
            {
                var (count, refusal) = await StoredDocumentCheck.RunAsync(store, registry, type, limits, cancellationToken);
                if (refusal is not null)
                {
                    await output.WriteLineAsync($"Refused: RAF {raf.Name}: {refusal.Document(registry.Declaration(type)!.InstanceKey)} would no longer validate as {type.LocalName} ({refusal.Problem}).");
                    return false;
                }

                await output.WriteLineAsync($"RAF {raf.Name}: {count} stored {type.LocalName} document(s) valid under this revision.");
            }
        }

        return true;
    }

    /// <summary>Copies FILE, and its descriptor when one lies beside it, into the directory; each appears whole or not at all.</summary>
    private static void Install(string file, string directory)
    {
        Directory.CreateDirectory(directory);
        var descriptor = SchemaDirectory.DescriptorOf(Path.GetFullPath(file));
        foreach (var source in File.Exists(descriptor) ? [Path.GetFullPath(file), descriptor] : new[] { Path.GetFullPath(file) })
        {
            var target = Path.Combine(directory, Path.GetFileName(source));
            if (string.Equals(Path.GetFullPath(source), target, StringComparison.Ordinal))
            {
                continue;
            }

            var temporary = Path.Combine(directory, "." + Path.GetFileName(source) + "." + Guid.NewGuid().ToString("N") + ".tmp");
            File.Copy(source, temporary);
            File.Move(temporary, target, overwrite: true);
        }
    }
}
