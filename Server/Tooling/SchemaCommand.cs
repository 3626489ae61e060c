using GupSoap.Core.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>dotnet run --project Server -- admin schema list|check FILE|add FILE</c>: the operator's component types on a
/// live system (TS 23.240 §4.1.1). <c>list</c> shows every declared type; <c>check</c> compiles FILE with the schema
/// directory and checks every stored document of the types it changes at each RAF whose store this configuration
/// reaches, as the next start would; <c>add</c> does the same and, when it passes, puts FILE (and its descriptor) into
/// the schema directory — served after a restart of each process. Exit code 0 when done, 1 when refused, 2 on usage
/// or configuration errors.
/// </summary>
internal static class SchemaCommand
{
    public const string Group = "admin";
    public const string Name = "schema";

    private const string Usage = """
        Usage: dotnet run --project Server -- admin schema list|check FILE|add FILE [--Section:Key=Value]...
          list         every component type: root element, prefix, schema file, instance key, where declared, RAFs holding it
          check FILE   compile FILE (NAME.xsd, with NAME.component.json beside it when it declares component types)
                       with the schema directory and check every stored document of the types it adds or revises
          add FILE     check, then copy FILE and its descriptor into the schema directory; restart to serve it
          --Gup:DataDirectory, --Gup:Schemas:Directory, --Gup:Store, --ConnectionStrings:Gup, ...: the deployment's configuration
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Contains("--help") || args.Contains("-h"))
        {
            await output.WriteLineAsync(Usage);
            return 0;
        }

        var configurationArgs = args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal)).ToList();
        var words = args.Except(configurationArgs).ToList();
        var (verb, file) = words switch
        {
            ["list"] => ("list", null),
            ["check" or "add", var path] when !path.StartsWith("--", StringComparison.Ordinal) => (words[0], path),
            _ => (null, null),
        };
        if (verb is null)
        {
            await error.WriteLineAsync($"Unknown or incomplete arguments '{string.Join(' ', words)}'.");
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. configurationArgs])
            .Build();
        try
        {
            return verb == "list"
                ? await SchemaList.RunAsync(configuration, output)
                : await SchemaCheck.RunAsync(configuration, file!, add: verb == "add", output, cancellationToken);
        }
        catch (ConfigurationException ex)
        {
            await error.WriteLineAsync($"Configuration error: {ex.Message}");
            return 2;
        }
    }
}
