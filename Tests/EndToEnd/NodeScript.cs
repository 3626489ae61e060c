using GupSoap.Tests.EndToEnd.Interop;

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
        if (!File.Exists(Path.Combine(Directory, "node_modules", "soap", "package.json")))
        {
            Assert.Fail($"node-soap is not installed: run 'npm ci --prefix {Directory}' (.ci/run does this).");
        }

        var run = await ExternalTool.RunAsync("/usr/bin/node", "nodejs (20.19 or newer)", [Path.Combine(Directory, script), .. args], CancellationToken.None, environment, Directory);
        return (run.ExitCode, run.Output);
    }
}
