using System.Diagnostics;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>python zeep (Debian python3-zeep), an independent SOAP stack, loads our WSDL by URL and runs the full Rp round trip.</summary>
[TestClass]
public sealed class ZeepRpClientTests
{
    [TestMethod]
    public async Task Zeep_LoadsWsdlAndRunsRpRoundTrip_OnSoap11AndSoap12()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "rp_roundtrip.py");
        var (exitCode, output) = await PythonScript.RunAsync(script, SharedServer.Instance.BaseAddress.ToString().TrimEnd('/'));
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("zeep round trip passed", output);
    }
}

/// <summary>Runs a Python script with the system interpreter that has Debian's python3-zeep.</summary>
internal static class PythonScript
{
    public static Task<(int ExitCode, string Output)> RunAsync(string script, params string[] args) =>
        RunAsync(script, new Dictionary<string, string>(), args);

    /// <summary>Runs <paramref name="script"/> with the test tokens and <paramref name="environment"/> in its environment.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        foreach (var sender in new[] { "urn:gupsoap:app:zeep", "urn:gupsoap:app:zeep-rg" })
        {
            start.Environment["GUPSOAP_TOKEN_" + sender[(sender.LastIndexOf(':') + 1)..].ToUpperInvariant().Replace('-', '_')] = TestIdentity.TokenText(sender);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

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
