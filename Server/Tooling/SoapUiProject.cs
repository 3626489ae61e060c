using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// The SoapUI project of samples/soapui: its requests read the token from the project property <c>token</c>
/// (<c>${#Project#token}</c>); <c>token --soapui FILE</c> writes a fresh one there, for every service's audience.
/// The file is edited as text so that nothing else in it changes.
/// </summary>
internal static partial class SoapUiProject
{
    /// <summary>The audiences of every service a deployment runs: GUP Server (Rg, MCPTT CM), each RAF, Discovery.</summary>
    public static IReadOnlyList<string> Audiences(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var rafs = configuration.GetSection("Gup:Rafs").GetChildren().Select(r => r["ProviderId"] ?? $"urn:gupsoap:raf:{r.Key}");
        return [ToolConfiguration.ProviderId(configuration), .. rafs, configuration["Gup:Discovery:ProviderId"] ?? "urn:gupsoap:disco"];
    }

    public static void SetToken(string path, XElement token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var text = File.ReadAllText(path);
        var matches = TokenProperty().Matches(text);
        if (matches.Count != 1)
        {
            throw new Core.Hosting.ConfigurationException("--soapui", $"{Path.GetFileName(path)} has no single project property named 'token'.",
                "Give the GupSoap SoapUI project (samples/soapui/GupSoap-soapui-project.xml).");
        }

        var value = SecurityElement.Escape(token.ToString(SaveOptions.DisableFormatting));
        var match = matches[0];
        var updated = string.Concat(text.AsSpan(0, match.Groups["value"].Index), value, text.AsSpan(match.Groups["value"].Index + match.Groups["value"].Length));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, updated);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex(@"<con:property><con:name>token</con:name><con:value>(?<value>[^<]*)</con:value></con:property>")]
    private static partial Regex TokenProperty();
}
