using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>mcptt import FILE [--url URL]</c>: an administrator's off-line change of MCPTT user profiles. Each document of
/// FILE is created or replaces the stored one through <c>/mcptt/cm</c>, authenticated with a token of this
/// deployment's own key, so the running server notifies every device subscribed to the profile. One line per profile
/// with its new version; exit code 1 when one failed, 2 when the file is unusable.
/// </summary>
internal static class McpttImport
{
    public const string DefaultUrl = "http://127.0.0.1:8080/mcptt/cm";

    public static async Task<int> RunAsync(string file, Uri url, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var (profiles, unreadable) = McpttImportFile.Read(file);
        if (profiles is null)
        {
            await error.WriteLineAsync(unreadable);
            return 2;
        }

        var providerId = ToolConfiguration.ProviderId(configuration);
        var time = TimeProvider.System;
        // The deployment acting for itself: an administrator of every profile.
        var token = TokenMinter.MintForDeployment(configuration, [providerId], TimeSpan.FromMinutes(10), time);

        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var importer = new McpttImporter(new McpttCmClient(http, url, providerId, token, time));
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
