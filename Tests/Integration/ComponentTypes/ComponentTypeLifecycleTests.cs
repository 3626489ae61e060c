using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.ComponentTypes;

/// <summary>
/// An operator's component type across restarts (on each store): kept with its documents; a compatible schema revision
/// accepted without touching them; an incompatible one refused at start naming the first stored document it would no
/// longer accept, after which the previous revision starts again as if nothing happened; a broken schema or a RAF
/// naming an undeclared type stops the start with one line.
/// </summary>
public abstract class ComponentTypeLifecycleSuite(StoreKind kind)
{
    private static readonly XNamespace Rg = GupSoap.Contracts.Namespaces.Rg;
    private static readonly XNamespace Pc = OperatorSchema.Pc;
    private readonly List<string> _directories = [];
    private string? _database;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        if (kind == StoreKind.Postgres)
        {
            TestPostgres.Require();
            _database = await TestPostgres.CreateDatabaseAsync();
        }
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        foreach (var directory in _directories)
        {
            GupServer.DeleteDirectory(directory);
        }

        if (_database is not null)
        {
            await TestPostgres.DropDatabaseAsync(_database);
        }
    }

    private string NewData(string revision = OperatorSchema.Revision1)
    {
        var data = OperatorSchema.NewDataDirectory(revision);
        _directories.Add(data);
        return data;
    }

    private string[] StoreArgs => _database is null ? [] : ["--Gup:Store=postgres", $"--ConnectionStrings:Gup={_database}"];

    private Task<GupServer> StartAsync(string data, params string[] extra) => OperatorSchema.StartAsync(data, ownsDataDirectory: false, [.. StoreArgs, .. extra]);

    private static async Task<string> CreateAsync(GupServer server, int minutes)
    {
        var resource = SharedServer.NewSubscriber("pc-lifecycle");
        var created = await RgText.PostAsync(server.Rg, RgText.Create(resource, ("pc:ParentalControl", OperatorSchema.Document(minutes: minutes))));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static async Task<XElement> ReadAsync(GupServer server, string resource)
    {
        var answer = await RgText.PostAsync(server.Rg, RgText.Query(resource, "/pc:ParentalControl"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Body.Descendants(Rg + "Data").Single().Element(Pc + "ParentalControl")!;
    }

    [TestMethod]
    public async Task Restart_SameSchemaDirectory_KeepsTheTypeAndItsDocuments()
    {
        var data = NewData();
        string resource;
        await using (var server = await StartAsync(data))
        {
            resource = await CreateAsync(server, 90);
        }

        await using var restarted = await StartAsync(data);

        Assert.AreEqual("90", (await ReadAsync(restarted, resource)).Element(Pc + "MaxMinutesPerDay")!.Value);
    }

    [TestMethod]
    public async Task Restart_CompatibleRevision_AcceptedAndStoredDocumentsUntouched()
    {
        var data = NewData();
        string resource;
        await using (var server = await StartAsync(data))
        {
            resource = await CreateAsync(server, 300);
        }

        OperatorSchema.Install(data, OperatorSchema.CompatibleRevision);
        await using var revised = await StartAsync(data);

        var stored = await ReadAsync(revised, resource);
        Assert.AreEqual("300", stored.Element(Pc + "MaxMinutesPerDay")!.Value);
        var bedtime = await RgText.PostAsync(revised.Rg, RgText.Modify(resource,
            RgText.ModifyItem("b", "/pc:ParentalControl/pc:Bedtime", $"""<pc:Bedtime xmlns:pc="{OperatorSchema.Namespace}">20:30:00</pc:Bedtime>""")));
        Assert.AreEqual("OK", bedtime.StatusCode, bedtime.Text);
        Assert.AreEqual("20:30:00", (await ReadAsync(revised, resource)).Element(Pc + "Bedtime")!.Value);
    }

    [TestMethod]
    public async Task Restart_IncompatibleRevision_RefusedNamingTheFirstDocument_PreviousRevisionStartsAgain()
    {
        var data = NewData();
        string resource;
        await using (var server = await StartAsync(data))
        {
            resource = await CreateAsync(server, 300);
        }

        var schemas = OperatorSchema.Install(data, OperatorSchema.IncompatibleRevision);
        var refused = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => StartAsync(data));

        Assert.AreEqual(Path.Combine(schemas, OperatorSchema.FileName), refused.Key);
        Assert.Contains(resource, refused.Message);
        Assert.Contains("RAF 'services'", refused.Message);
        Assert.Contains("MaxMinutesPerDay", refused.Message);
        Assert.DoesNotContain("\n", refused.Message);

        OperatorSchema.Install(data, OperatorSchema.Revision1);
        await using var again = await StartAsync(data);
        Assert.AreEqual("300", (await ReadAsync(again, resource)).Element(Pc + "MaxMinutesPerDay")!.Value);
    }

    [TestMethod]
    public async Task CheckCommand_IncompatibleRevisionBeforeARestart_RefusedNamingTheDocument_DirectoryKept()
    {
        var data = NewData();
        string resource;
        await using (var server = await StartAsync(data))
        {
            resource = await CreateAsync(server, 300);
        }

        var incoming = Path.Combine(Directory.CreateDirectory(Path.Combine(data, "incoming")).FullName, OperatorSchema.FileName);
        File.Copy(OperatorSchema.Fixture(OperatorSchema.IncompatibleRevision), incoming);

        var (code, output, error) = await SchemaCommandTests.RunAsync(data, ["add", incoming, OperatorSchema.ServicesHoldIt, .. StoreArgs]);

        Assert.AreEqual(1, code, output + error);
        Assert.Contains($"Refused: RAF services: the document of {resource} would no longer validate as ParentalControl", output);
        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.Revision1), File.ReadAllText(Path.Combine(data, "schemas", OperatorSchema.FileName)));
    }

    [TestMethod]
    public async Task AddCommand_CompatibleRevision_ChecksTheStoredDocumentsAndReplacesTheSchema()
    {
        var data = NewData();
        await using (var server = await StartAsync(data))
        {
            await CreateAsync(server, 300);
            await CreateAsync(server, 20);
        }

        var incoming = Path.Combine(Directory.CreateDirectory(Path.Combine(data, "incoming")).FullName, OperatorSchema.FileName);
        File.Copy(OperatorSchema.Fixture(OperatorSchema.CompatibleRevision), incoming);

        var (code, output, error) = await SchemaCommandTests.RunAsync(data, ["add", incoming, OperatorSchema.ServicesHoldIt, .. StoreArgs]);

        Assert.AreEqual(0, code, output + error);
        Assert.Contains("RAF services: 2 stored ParentalControl document(s) valid under this revision.", output);
        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.CompatibleRevision), File.ReadAllText(Path.Combine(data, "schemas", OperatorSchema.FileName)));
        await using var restarted = await StartAsync(data);
    }

    [TestMethod]
    public async Task Start_SchemaThatDoesNotCompile_StopsWithOneLineNamingTheFile()
    {
        var data = NewData();
        var path = Path.Combine(data, "schemas", OperatorSchema.FileName);
        File.WriteAllText(path, OperatorSchema.Text(OperatorSchema.Revision1).Replace("xs:nonNegativeInteger", "xs:noSuchType", StringComparison.Ordinal));

        var refused = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => StartAsync(data));

        Assert.AreEqual(path, refused.Key);
        Assert.Contains("line 10", refused.Message);
        Assert.Contains("noSuchType", refused.Message);
        Assert.DoesNotContain("\n", refused.Message);
    }

    [TestMethod]
    public async Task Start_RafNamingATypeNoSchemaDeclares_StopsNamingTheKey()
    {
        var data = NewData();
        File.Delete(Path.Combine(data, "schemas", OperatorSchema.DescriptorName));

        var refused = await Assert.ThrowsExactlyAsync<ConfigurationException>(() => StartAsync(data));

        Assert.AreEqual("Gup:Rafs:services:ComponentTypes", refused.Key);
        Assert.Contains("{urn:example:parental-control}ParentalControl", refused.Message);
    }
}

[TestClass]
public sealed class SqliteComponentTypeLifecycleTests() : ComponentTypeLifecycleSuite(StoreKind.Sqlite);

[TestClass]
public sealed class PostgresComponentTypeLifecycleTests() : ComponentTypeLifecycleSuite(StoreKind.Postgres);
