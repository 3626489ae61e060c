using System.Xml.Linq;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>dotnet run --project Server -- mcptt import FILE [--url URL]</c>: an administrator's off-line change of MCPTT
/// user profiles. Each document of FILE is created or replaces the stored one through <c>/mcptt/cm</c> (default: the
/// embedded server), authenticated with a token of this deployment's own key, so the running server notifies every
/// device subscribed to the profile. One line per profile with its new version; exit code 1 when one failed.
/// </summary>
internal static class McpttImportCommand
{
    public const string Group = "mcptt";
    public const string Name = "import";

    private const string Usage = """
        Usage: dotnet run --project Server -- mcptt import FILE [--url URL] [--Gup:Key=Value]...
          FILE   one mcptt-user-profile document, or a root element holding several; each names its MCPTTID
          --url  the configuration management endpoint; default http://127.0.0.1:8080/mcptt/cm
          --Gup:DataDirectory, --Gup:Security:KeyDirectory, --Gup:ProviderId: where the deployment's key is and who it is
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

        var (options, problem) = McpttImportOptions.Parse(args);
        var (profiles, unreadable) = options is null ? (null, null) : McpttImportFile.Read(options.File!);
        if (options is null || profiles is null)
        {
            await error.WriteLineAsync(problem ?? unreadable);
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. options.ConfigurationArgs])
            .Build();
        var providerId = configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server";
        var keyDirectory = configuration["Gup:Security:KeyDirectory"] ?? Path.Combine(Path.GetFullPath(configuration["Gup:DataDirectory"] ?? "./data"), "keys");
        var time = TimeProvider.System;
        var token = new AssertionIssuer(SigningKeyStore.LoadOrCreate(keyDirectory, providerId, time), time).Issue(new AssertionDescriptor
        {
            Audiences = [providerId],
            NameId = providerId,
            Lifetime = TimeSpan.FromMinutes(10),
            // The deployment acting for itself: an administrator of every profile.
            Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = [providerId], [GupAttributes.ServiceCall] = ["true"] },
        });

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var importer = new McpttImporter(new McpttCmClient(http, options.Url, providerId, token, time));
        var failed = 0;
        foreach (var profile in profiles)
        {
            var line = await importer.ImportAsync(profile, cancellationToken);
            await output.WriteLineAsync(line.Text);
            failed += line.Ok ? 0 : 1;
        }

        return failed == 0 ? 0 : 1;
    }
}
