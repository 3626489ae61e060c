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
    /// <summary>The executable as an operator runs it, with the <c>dotnet</c> on PATH (as ServerProcess starts it).</summary>
    private static Task<ToolRun> RunAsync(params string[] args)
    {
        var dotnet = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(d => Path.Combine(d, "dotnet")).FirstOrDefault(File.Exists) ?? "dotnet";
        return ExternalTool.RunAsync(dotnet, "the .NET SDK", [Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll"), .. args], CancellationToken.None);
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
