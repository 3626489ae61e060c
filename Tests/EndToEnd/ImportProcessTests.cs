using System.Diagnostics;
using System.Globalization;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// <c>admin import</c> as an operator runs it: the executable interrupted with SIGINT (Ctrl+C) while it imports stops
/// after the batch it is writing with exit code 130 and a checkpoint, and the same command then finishes the import.
/// </summary>
[TestClass]
public sealed class ImportProcessTests
{
    [TestMethod]
    public async Task Import_SigintWhileImporting_StopsWithExitCode130_AndTheSameCommandResumes()
    {
        var data = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        try
        {
            var file = GeneratedProfiles.Write(Path.Combine(data, "sigint.xml"), "sigint", 20_000);
            string[] args = ["admin", "import", file, "--batch-size", "200", $"--Gup:DataDirectory={data}"];
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args.Prepend(Path.Combine(AppContext.BaseDirectory, "GupSoap.Server.dll")))
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            var lines = new List<string>();
            var signalled = false;
            _ = process.StandardError.ReadToEndAsync();
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lines.Add(line);
                if (!signalled && line.StartsWith("Progress ", StringComparison.Ordinal))
                {
                    signalled = true;
                    using var kill = Process.Start(new ProcessStartInfo("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
                    await kill.WaitForExitAsync();
                }
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
            var output = string.Join('\n', lines);
            Assert.AreEqual(130, process.ExitCode, output);
            Assert.Contains("Interrupted: ", output);

            using var resumed = new StringWriter();
            var code = await GupSoapCommandLine.RunAsync(args, resumed, TextWriter.Null);

            Assert.AreEqual(0, code, resumed.ToString());
            Assert.Contains("Resuming ", resumed.ToString());
            Assert.Contains("Done: 20,000 imported, 0 already present, 0 rejected", resumed.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            GupServer.DeleteDirectory(data);
        }
    }
}
