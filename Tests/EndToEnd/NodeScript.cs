using System.Diagnostics;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Runs a node-soap script of Tests/EndToEnd/node with the machine's Node.js, from the repository so that its
/// node_modules (installed by <c>npm ci</c>, which .ci/run does) is found. A missing Node.js or node-soap fails the test
/// with the command that installs it; it never passes silently.
/// </summary>
internal static class NodeScript
{
    public static string Directory => Path.Combine(TestPaths.RepoRoot, "Tests", "EndToEnd", "node");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var node = new[] { "/usr/bin/node", "/usr/local/bin/node" }.FirstOrDefault(File.Exists);
        if (node is null)
        {
            Assert.Fail("Node.js (20.19 or newer) is missing: install it (the machine image has it; Debian: apt-get install nodejs npm).");
        }

        if (!File.Exists(Path.Combine(Directory, "node_modules", "soap", "package.json")))
        {
            Assert.Fail($"node-soap is not installed: run 'npm ci --prefix {Directory}' (.ci/run does this).");
        }

        var start = new ProcessStartInfo(node!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Directory };
        start.ArgumentList.Add(Path.Combine(Directory, script));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
