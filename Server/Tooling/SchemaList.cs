using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary><c>admin schema list</c>: the component types this configuration declares, one line each, and which RAFs hold them.</summary>
internal static class SchemaList
{
    public static async Task<int> RunAsync(IConfiguration configuration, TextWriter output)
    {
        var dataDirectory = Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data");
        var registry = ComponentTypeHosting.Build(ComponentTypeHosting.Sources(configuration, dataDirectory));
        var holders = configuration.GetSection("Gup:Rafs").GetChildren()
            .SelectMany(raf => raf.GetSection("ComponentTypes").GetChildren().Select(t => (Type: t.Value ?? "", Raf: raf.Key)))
            .ToLookup(h => h.Type, h => h.Raf, StringComparer.Ordinal);
        await output.WriteLineAsync($"Schema directory: {ComponentTypeHosting.DirectoryOf(configuration, dataDirectory)}");
        await output.WriteLineAsync($"{registry.Declarations.Count} component types (root element, prefix, schema, instance key, RAFs, declared in):");
        foreach (var declaration in registry.Declarations)
        {
            var rafs = holders[declaration.Element.ToString()].ToList();
            await output.WriteLineAsync(string.Join("  ",
                declaration.Element.ToString(),
                declaration.Prefix,
                declaration.SchemaFile,
                declaration.InstanceKey?.ToString() ?? "-",
                rafs.Count == 0 ? "(no RAF)" : string.Join(",", rafs),
                declaration.DeclaredIn));
        }

        return 0;
    }
}
