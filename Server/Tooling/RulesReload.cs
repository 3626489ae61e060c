using System.Globalization;
using System.Security.Cryptography;
using GupSoap.Core.Authorization;
using GupSoap.Core.Xml;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// <c>admin rules reload</c>: the operator's common rules (TS 23.240 §4.1.4) applied by running processes without a
/// restart. The rules file is checked first, as a start would read it; only a file that reads is signalled, by
/// replacing the reload signal beside it (<c>common-rules.xml.reload</c>), which every process reading that rules
/// file looks at before each decision (<see cref="CommonRules"/>). Editing the rules file alone changes nothing:
/// a half-saved file is never applied, and the operator decides when the new rules count.
/// </summary>
internal static class RulesReload
{
    public static async Task<(int ExitCode, string Outcome, string Path)> RunAsync(IConfiguration configuration, TextWriter output, TimeProvider time)
    {
        var path = SecurityHosting.CommonRulesPath(configuration);
        var limits = configuration.GetSection("Gup:Xml").Get<XmlLimits>() ?? new XmlLimits();
        var (rules, problem) = CommonRulesFile.TryRead(path, limits);
        if (rules is null)
        {
            await output.WriteLineAsync($"Refused: {problem} The rules in force stay.");
            return (1, "refused: " + problem, path);
        }

        var signal = CommonRulesFile.ReloadSignalOf(path);
        var digest = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(path)));
        var temporary = $"{signal}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}.tmp";
        await File.WriteAllTextAsync(temporary, string.Create(CultureInfo.InvariantCulture,
            $"{time.GetUtcNow():O} {AdminAudit.Operator} sha256:{digest}\n"));
        File.Move(temporary, signal, overwrite: true);
        await output.WriteLineAsync($"{path} reads ({rules.Rules.Count} rule(s), default {rules.DefaultEffect?.ToString() ?? "none"}); " +
            $"every running process reading it applies them from its next request (signal {signal}).");
        return (0, $"signalled ({rules.Rules.Count} rule(s), sha256 {digest[..16]})", path);
    }
}
