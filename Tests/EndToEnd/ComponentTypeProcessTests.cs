using System.Diagnostics;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// The executable with the operator's schema directory: a broken schema stops the start with one line naming the file
/// and exit code 2; <c>admin schema list</c> is a command of the same executable.
/// </summary>
[TestClass]
public sealed class ComponentTypeProcessTests
{
    private static async Task<ToolRun> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll") }.Concat(args))
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

    [TestMethod]
    public async Task Start_BrokenSchemaInTheDirectory_OneLineNamingTheFileAndExitCodeTwo()
    {
        var data = OperatorSchema.NewDataDirectory();
        var path = Path.Combine(data, "schemas", OperatorSchema.FileName);
        File.WriteAllText(path, OperatorSchema.Text(OperatorSchema.Revision1).Replace("</xs:schema>", "", StringComparison.Ordinal));
        try
        {
            var run = await RunAsync(["--urls", "http://127.0.0.1:0", $"--Gup:DataDirectory={data}", .. TestIdentity.ServerArgs, OperatorSchema.ServicesHoldIt]);

            Assert.AreEqual(2, run.ExitCode, run.Output);
            var lines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.HasCount(1, lines, run.StandardError);
            StringAssert.StartsWith(lines[0], $"Configuration error: {path}: line ");
            Assert.Contains("not well-formed", lines[0]);
            Assert.DoesNotContain("GupSoap listening", run.StandardOutput);
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }

    [TestMethod]
    public async Task AdminSchemaList_AsACommandOfTheExecutable_ListsTheDirectorysType()
    {
        var data = OperatorSchema.NewDataDirectory();
        try
        {
            var run = await RunAsync("admin", "schema", "list", $"--Gup:DataDirectory={data}", OperatorSchema.ServicesHoldIt);

            Assert.AreEqual(0, run.ExitCode, run.Output);
            Assert.Contains($"{{{OperatorSchema.Namespace}}}ParentalControl  pc  parental-control.xsd  -  services", run.StandardOutput);
        }
        finally
        {
            GupServer.DeleteDirectory(data);
        }
    }
}
