using System.Diagnostics;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// <c>mcptt import FILE</c> as a real process (<c>dotnet GupSoap.Server.dll</c>): an administrator's off-line change,
/// authenticated with the deployment's own key, creates new profiles and replaces existing ones through /mcptt/cm.
/// </summary>
[TestClass]
public sealed class McpttImportCommandTests
{
    /// <summary>Runs the command with the <c>dotnet</c> on PATH, as ServerProcess starts the server.</summary>
    private static async Task<ToolRun> ImportAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll"), "mcptt", "import" }.Concat(args).Append($"--Gup:Security:KeyDirectory={Path.Combine(TestIdentity.Directory, "keys")}"))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new ToolRun(process.ExitCode, await stdout, await stderr);
    }

    [TestMethod]
    public async Task Import_FileWithANewAndAnExistingProfile_CreatesOneReplacesTheOtherAndPrintsVersions()
    {
        var server = SharedServer.Instance.BaseAddress;
        var existing = await NewUserAsync(server);
        var created = SharedServer.NewSubscriber("imported");
        using var directory = new TemporaryDirectory();
        var file = directory.File("profiles.xml");
        await File.WriteAllTextAsync(file, $"<profiles>{Profile(existing, name: "Replaced by import")}{Profile(created, name: "Created by import")}</profiles>");

        var run = await ImportAsync(file, "--url", Endpoint(server).ToString());

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains($"{existing} profile 1: version 2", run.StandardOutput);
        Assert.Contains($"{created} profile 1: version 1", run.StandardOutput);
        var replaced = await PostAsync(server, existing, Get(existing, "1", "1"));
        Assert.AreEqual("Replaced by import", replaced.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!.Element(Up + "ProfileName")!.Value);
        Assert.DoesNotContain("<up:", run.Output, "the command never prints profile XML");
    }

    [TestMethod]
    public async Task Import_FileWithADoctype_IsRefusedBeforeAnythingIsSent()
    {
        using var directory = new TemporaryDirectory();
        var file = directory.File("evil.xml");
        await File.WriteAllTextAsync(file, """<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>&x;</p>""");

        var run = await ImportAsync(file, "--url", "http://127.0.0.1:1/mcptt/cm");

        Assert.AreEqual(2, run.ExitCode, run.Output);
        Assert.Contains("not acceptable XML", run.Output);
        Assert.DoesNotContain("root:", run.Output);
    }

    [TestMethod]
    public async Task Import_InvalidProfile_ReportsTheFailureWithExitCodeOne()
    {
        var server = SharedServer.Instance.BaseAddress;
        var user = await NewUserAsync(server);
        using var directory = new TemporaryDirectory();
        var file = directory.File("invalid.xml");
        await File.WriteAllTextAsync(file, Profile(user).Replace("<up:Status>enabled</up:Status>", "<up:Status>maybe</up:Status>", StringComparison.Ordinal));

        var run = await ImportAsync(file, "--url", Endpoint(server).ToString());

        Assert.AreEqual(1, run.ExitCode, run.Output);
        Assert.Contains($"{user} profile 1: failed: Failed/InvalidParameter/InvalidData", run.StandardOutput);
    }
}
