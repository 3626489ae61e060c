using System.Security;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// The SoapUI project of samples/soapui: its requests read the tokens from the project properties <c>token</c> (the
/// application's, <c>${#Project#token}</c>) and <c>operatorToken</c> (the deployment's own, for administration);
/// <c>token --soapui FILE</c> writes fresh ones there, for every service's audience. The file is edited as text so
/// that nothing else in it changes.
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

    public static void SetTokens(string path, XElement token, XElement operatorToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(operatorToken);
        var text = File.ReadAllText(path);
        text = Set(text, path, "token", token.ToString(SaveOptions.DisableFormatting));
        text = Set(text, path, "operatorToken", operatorToken.ToString(SaveOptions.DisableFormatting));
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    private static string Set(string text, string path, string name, string value)
    {
        var matches = Property().Matches(text).Where(m => m.Groups["name"].Value == name).ToList();
        if (matches.Count != 1)
        {
            throw new Core.Hosting.ConfigurationException("--soapui", $"{Path.GetFileName(path)} has no single project property named '{name}'.",
                "Give the GupSoap SoapUI project (samples/soapui/GupSoap-soapui-project.xml).");
        }

        var group = matches[0].Groups["value"];
        return string.Concat(text.AsSpan(0, group.Index), SecurityElement.Escape(value), text.AsSpan(group.Index + group.Length));
    }

    [GeneratedRegex(@"<con:property><con:name>(?<name>[A-Za-z]+)</con:name><con:value>(?<value>[^<]*)</con:value></con:property>")]
    private static partial Regex Property();
}
