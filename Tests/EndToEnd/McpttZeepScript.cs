using System.Text.Json;
using GupSoap.Tests.Integration.Mcptt;

namespace GupSoap.Tests.EndToEnd;

/// <summary>Runs a zeep script of Tests/EndToEnd/zeep with the system python3, handing it each user's device token.</summary>
internal static class McpttZeepScript
{
    public static Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> users, params string[] args) =>
        PythonScript.RunAsync(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", script),
            new Dictionary<string, string> { ["MCPTT_TOKENS"] = JsonSerializer.Serialize(users.Distinct().ToDictionary(u => u, u => McpttText.UserToken(u))) },
            args);
}
