using System.Diagnostics;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.EndToEnd.Interop;

namespace GupSoap.Tests.EndToEnd.CommandLine;

/// <summary>
/// Runs the executable's command line: as a real process (<c>dotnet GupSoap.Server.dll ARGS</c>, what a user runs) or
/// in process through the same <see cref="GupSoapCommandLine"/> that Program.cs calls, with its two streams captured.
/// </summary>
internal static class CommandLineRun
{
    public static async Task<ToolRun> ProcessAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args.Prepend(Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll")))
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

        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    public static async Task<ToolRun> InProcessAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GupSoapCommandLine.RunAsync(args, output, error);
        return new ToolRun(exit, output.ToString(), error.ToString());
    }
}
