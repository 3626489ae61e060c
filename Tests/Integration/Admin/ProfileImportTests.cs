using System.Text.Json.Nodes;
using System.Xml.Linq;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Admin;

/// <summary>
/// <c>admin import</c> and <c>admin export</c> (run in process through the command line), on each store: generated
/// subscribers imported with progress and a correct count, an interrupted import resumed with nothing lost and
/// nothing twice, rejected documents reported with their reason while the others go in, and an export read back and
/// imported again to the same stored profiles.
/// </summary>
public abstract class ProfileImportSuite(StoreKind kind)
{
    private static readonly XNamespace Gup = "urn:3gpp:gup:2006-08";
    private readonly List<string> _directories = [];
    private readonly List<string> _databases = [];

    [TestCleanup]
    public async Task CleanupAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var directory in _directories)
        {
            GupServer.DeleteDirectory(directory);
        }

        foreach (var database in _databases)
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    /// <summary>A deployment's data directory and, on PostgreSQL, a database of its own: the arguments that name them.</summary>
    private async Task<string[]> NewDeploymentAsync()
    {
        var data = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        _directories.Add(data);
        if (kind == StoreKind.Sqlite)
        {
            return [$"--Gup:DataDirectory={data}"];
        }

        TestPostgres.Require();
        var database = await TestPostgres.CreateDatabaseAsync();
        _databases.Add(database);
        return [$"--Gup:DataDirectory={data}", "--Gup:Store=postgres", $"--ConnectionStrings:Gup={database}"];
    }

    private string NewFile(string name)
    {
        var directory = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        _directories.Add(directory);
        return Path.Combine(directory, name);
    }

    private static async Task<(int ExitCode, string Output, string Error)> AdminAsync(string[] deployment, string[] args, TextWriter? output = null,
        CancellationToken cancellationToken = default)
    {
        using var captured = new StringWriter();
        using var error = new StringWriter();
        var code = await GupSoapCommandLine.RunAsync(["admin", .. args, .. deployment], output ?? captured, error, cancellationToken);
        return (code, (output ?? captured).ToString()!, error.ToString());
    }

    private static async Task<XDocument> ExportAsync(string[] deployment, string file)
    {
        var (code, _, error) = await AdminAsync(deployment, ["export", "--out", file]);
        Assert.AreEqual(0, code, error);
        return XDocument.Load(file);
    }

    [TestMethod]
    public async Task Import_TenThousandGeneratedProfiles_AllStoredWithProgressLines()
    {
        var deployment = await NewDeploymentAsync();
        var file = GeneratedProfiles.Write(NewFile("many.xml"), "bulk", 10_000);

        var (code, output, error) = await AdminAsync(deployment, ["import", file]);

        Assert.AreEqual(0, code, output + error);
        Assert.Contains("Done: 10,000 imported, 0 already present, 0 rejected", output);
        var progress = output.Split('\n').Where(l => l.StartsWith("Progress ", StringComparison.Ordinal)).ToList();
        Assert.IsGreaterThanOrEqualTo(5, progress.Count, output);
        Assert.IsTrue(progress.All(l => l.Contains("/s", StringComparison.Ordinal) && l.Contains("ETA", StringComparison.Ordinal)), output);
        Assert.IsFalse(output.Contains('\u001b', StringComparison.Ordinal), "redirected output carries no terminal control sequences");
        Assert.Contains("Admin action import by", error);

        var exported = await ExportAsync(deployment, NewFile("export.xml"));
        var profiles = exported.Root!.Elements(Gup + "Profile").ToList();
        Assert.HasCount(10_000, profiles);
        Assert.AreEqual(20_000, profiles.Sum(p => p.Elements().Count()));
        var one = profiles.Single(p => (string?)p.Attribute("resourceID") == GeneratedProfiles.Subscriber("bulk", 4711));
        Assert.AreEqual("User 4711", one.Descendants(XName.Get("DisplayName", "urn:3gpp:gup:2006-08:subscriber")).Single().Value);
        Assert.AreEqual("sip", (string?)one.Attribute(XName.Get("resourceType", "urn:gupsoap:admin:profiles")));
    }

    [TestMethod]
    public async Task Import_InterruptedThenRunAgain_ResumesWithNothingLostAndNothingTwice()
    {
        var deployment = await NewDeploymentAsync();
        var file = GeneratedProfiles.Write(NewFile("resume.xml"), "resume", 10_000);
        using var interrupt = new CancellationTokenSource();
        using var watcher = new CancelOnLine("Progress ", interrupt);

        var (first, firstOutput, firstError) = await AdminAsync(deployment, ["import", file, "--batch-size", "500"], watcher, interrupt.Token);

        Assert.AreEqual(130, first, firstOutput + firstError);
        Assert.Contains("Interrupted: ", firstOutput);
        Assert.Contains("Run the same command again to resume", firstOutput);
        var stopped = long.Parse(firstOutput.Split("Everything up to profile ")[1].Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        Assert.IsTrue(stopped is > 0 and < 10_000, firstOutput);
        var partial = await ExportAsync(deployment, NewFile("partial.xml"));
        Assert.HasCount((int)stopped, partial.Root!.Elements(Gup + "Profile").ToList(), "exactly what the checkpoint says is stored");

        var (second, secondOutput, secondError) = await AdminAsync(deployment, ["import", file, "--batch-size", "500"]);

        Assert.AreEqual(0, second, secondOutput + secondError);
        Assert.Contains($"Resuming {file} after {stopped:N0} profile(s)", secondOutput);
        Assert.Contains("Done: 10,000 imported, 0 already present, 0 rejected", secondOutput);
        var all = (await ExportAsync(deployment, NewFile("all.xml"))).Root!.Elements(Gup + "Profile").Select(p => (string)p.Attribute("resourceID")!).ToList();
        CollectionAssert.AreEquivalent(Enumerable.Range(0, 10_000).Select(i => GeneratedProfiles.Subscriber("resume", i)).ToList(), all);
    }

    [TestMethod]
    public async Task Import_CheckpointBehindTheStores_CountsThemPresentAndWritesNothingTwice()
    {
        // A crash between a commit and the checkpoint it is followed by: the position recorded is a batch behind.
        var deployment = await NewDeploymentAsync();
        var file = GeneratedProfiles.Write(NewFile("crash.xml"), "crash", 2_000);
        var checkpoint = NewFile("crash.checkpoint.json");
        using var interrupt = new CancellationTokenSource();
        using var watcher = new CancelOnLine("Progress ", interrupt);
        var (first, firstOutput, _) = await AdminAsync(deployment, ["import", file, "--batch-size", "500", "--checkpoint", checkpoint], watcher, interrupt.Token);
        Assert.AreEqual(130, first, firstOutput);
        var state = JsonNode.Parse(File.ReadAllText(checkpoint))!.AsObject();
        var position = (long)state["Position"]!;
        state["Position"] = position - 500;
        state["Imported"] = (long)state["Imported"]! - 500;
        File.WriteAllText(checkpoint, state.ToJsonString());

        var (second, secondOutput, secondError) = await AdminAsync(deployment, ["import", file, "--batch-size", "500", "--checkpoint", checkpoint]);

        Assert.AreEqual(0, second, secondOutput + secondError);
        Assert.Contains("Done: 1,500 imported, 500 already present, 0 rejected", secondOutput);
        Assert.IsFalse(File.Exists(checkpoint), "a finished import leaves no checkpoint");
        Assert.HasCount(2_000, (await ExportAsync(deployment, NewFile("crash-all.xml"))).Root!.Elements(Gup + "Profile").ToList());
    }

    [TestMethod]
    public async Task Import_RejectedDocuments_ReportedWithReasonAndTheOthersImported()
    {
        var deployment = await NewDeploymentAsync();
        var invalid = "<gup:Profile resourceID=\"sip:invalid@example.org\"><sub:SubscriberInfo><sub:DisplayName>X</sub:DisplayName><sub:Shoe>42</sub:Shoe>" +
            "</sub:SubscriberInfo><pres:PresenceSettings><pres:Status>open</pres:Status></pres:PresenceSettings></gup:Profile>";
        var unknown = "<gup:Profile resourceID=\"sip:unknown@example.org\"><x:Horoscope xmlns:x=\"urn:example:x\"/></gup:Profile>";
        var nameless = "<gup:Profile><pres:PresenceSettings><pres:Status>open</pres:Status></pres:PresenceSettings></gup:Profile>";
        var file = GeneratedProfiles.Write(NewFile("mixed.xml"), "mixed", 20, invalid, unknown, nameless);

        var (code, output, error) = await AdminAsync(deployment, ["import", file]);

        Assert.AreEqual(1, code, output + error);
        Assert.Contains("Done: 20 imported, 0 already present, 3 rejected", output);
        Assert.Contains("Rejected sip:invalid@example.org at mixed.xml:22: SubscriberInfo: ", output);
        Assert.Contains("Shoe", output);
        Assert.Contains("Rejected sip:unknown@example.org at mixed.xml:23: Horoscope: {urn:example:x}Horoscope is not a component type of this deployment.", output);
        Assert.Contains("Rejected (no resource id) at mixed.xml:24: gup:Profile needs its resourceID attribute.", output);
        Assert.Contains("rejected, invalid document: 1", output);
        var stored = (await ExportAsync(deployment, NewFile("mixed-export.xml"))).Root!.Elements(Gup + "Profile").Select(p => (string)p.Attribute("resourceID")!).ToList();
        Assert.HasCount(20, stored);
        Assert.DoesNotContain("sip:invalid@example.org", stored, "the valid PresenceSettings of a rejected profile is not written either");
    }

    [TestMethod]
    public async Task Import_SubscriberWithADifferentComponentAlready_RejectedAsExistingAndNothingOfItWritten()
    {
        var deployment = await NewDeploymentAsync();
        var first = GeneratedProfiles.Write(NewFile("first.xml"), "twice", 3);
        Assert.AreEqual(0, (await AdminAsync(deployment, ["import", first])).ExitCode);
        var changed = "<gup:Profile resourceID=\"sip:twice1@example.org\"><sub:SubscriberInfo><sub:DisplayName>Someone else</sub:DisplayName><sub:Language>en</sub:Language></sub:SubscriberInfo>" +
            "</gup:Profile>";
        var second = GeneratedProfiles.Write(NewFile("second.xml"), "other", 2, changed);

        var (code, output, _) = await AdminAsync(deployment, ["import", second]);

        Assert.AreEqual(1, code, output);
        Assert.Contains("Rejected sip:twice1@example.org at second.xml:4: SubscriberInfo: the subscriber already has one (RAF hss).", output);
        Assert.Contains("Done: 2 imported, 0 already present, 1 rejected", output);
        var (_, exported, _) = await AdminAsync(deployment, ["export", "--subscriber", "sip:twice1@example.org"]);
        Assert.Contains("User 1", exported);

        // The operator's export of one subscriber is in that subscriber's access history; imports are charged without one.
        var (_, history, _) = await AdminAsync(deployment, ["charging", "--subscriber", "sip:twice1@example.org", "--format", "csv"]);
        Assert.Contains(",admin,export,", history);
        Assert.DoesNotContain("User 1", history, "never profile content");
        var (_, all, _) = await AdminAsync(deployment, ["charging", "--format", "csv"]);
        Assert.AreEqual(2, all.Split('\n').Count(l => l.Contains(",admin,import,", StringComparison.Ordinal)), all);
    }

    [TestMethod]
    public async Task Export_ParsedBackAndImportedElsewhere_ExportsTheSameProfiles()
    {
        var source = await NewDeploymentAsync();
        var rules = "<gup:Profile resourceID=\"sip:ruled@example.org\"><gup:AuthorizationRules><gup:Rule id=\"r1\"><gup:Requestor><gup:AnyRequestor/></gup:Requestor>" +
            "<gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings</gup:Select></gup:Target><gup:Operation>Query</gup:Operation><gup:Effect>Permit</gup:Effect>" +
            "</gup:Rule></gup:AuthorizationRules><pres:PresenceSettings><pres:Status>closed</pres:Status></pres:PresenceSettings></gup:Profile>";
        var file = GeneratedProfiles.Write(NewFile("source.xml"), "round", 200, rules);
        Assert.AreEqual(0, (await AdminAsync(source, ["import", file])).ExitCode);
        var first = NewFile("first-export.xml");
        var exported = await ExportAsync(source, first);
        Assert.HasCount(201, exported.Root!.Elements(Gup + "Profile").ToList());

        var target = await NewDeploymentAsync();
        var (code, output, _) = await AdminAsync(target, ["import", first]);
        Assert.AreEqual(0, code, output);
        Assert.Contains("Done: 201 imported", output);
        var second = NewFile("second-export.xml");
        await ExportAsync(target, second);

        Assert.AreEqual(File.ReadAllText(first), File.ReadAllText(second));
        var (again, againOutput, _) = await AdminAsync(target, ["import", first]);
        Assert.AreEqual(0, again, againOutput);
        Assert.Contains("Done: 0 imported, 201 already present, 0 rejected", againOutput);
    }

    [TestMethod]
    public async Task Import_DirectoryOfSingleProfileDocuments_ImportsEachFile()
    {
        var deployment = await NewDeploymentAsync();
        var directory = Path.GetDirectoryName(NewFile("x"))!;
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(directory, $"s{i}.xml"), GeneratedProfiles.Profile("single", i)
                .Replace("<gup:Profile ", "<gup:Profile xmlns:gup=\"urn:3gpp:gup:2006-08\" xmlns:p=\"urn:gupsoap:admin:profiles\" xmlns:sub=\"urn:3gpp:gup:2006-08:subscriber\" " +
                    "xmlns:pres=\"urn:3gpp:gup:2006-08:presence\" ", StringComparison.Ordinal));
        }

        var (code, output, error) = await AdminAsync(deployment, ["import", directory]);

        Assert.AreEqual(0, code, output + error);
        Assert.Contains("(3 file(s)", output);
        Assert.Contains("Done: 3 imported", output);
        var exportDirectory = Path.GetDirectoryName(NewFile("y"))!;
        Assert.AreEqual(0, (await AdminAsync(deployment, ["export", "--out", exportDirectory])).ExitCode);
        Assert.HasCount(3, Directory.GetFiles(exportDirectory, "*.xml"));
    }

    /// <summary>Cancels when a line starting with the prefix is written: an operator's Ctrl+C while the import runs.</summary>
    private sealed class CancelOnLine(string prefix, CancellationTokenSource source) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value?.StartsWith(prefix, StringComparison.Ordinal) == true)
            {
                source.Cancel();
            }
        }

        public override Task WriteLineAsync(string? value)
        {
            WriteLine(value);
            return Task.CompletedTask;
        }
    }
}

[TestClass]
public sealed class SqliteProfileImportTests() : ProfileImportSuite(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresProfileImportTests() : ProfileImportSuite(StoreKind.Postgres);
