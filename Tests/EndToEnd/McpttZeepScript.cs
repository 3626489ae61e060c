using System.Diagnostics;
using System.Text.Json;
using GupSoap.Tests.Integration.Mcptt;

namespace GupSoap.Tests.EndToEnd;

/// <summary>Runs a zeep script of Tests/EndToEnd/zeep with the system python3, handing it each user's device token.</summary>
internal static class McpttZeepScript
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IEnumerable<string> users, params string[] args)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["MCPTT_TOKENS"] = JsonSerializer.Serialize(users.Distinct().ToDictionary(u => u, u => McpttText.UserToken(u)));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await stdout + await stderr;
        if (output.Contains("No module named 'zeep'", StringComparison.Ordinal))
        {
            Assert.Fail("python3-zeep is not installed: run 'apt-get install -y python3-zeep' (.ci/run does this).");
        }

        return (process.ExitCode, output);
    }
}
