using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.ComponentTypes;

/// <summary>
/// <c>admin schema list|check|add</c> (run in process): the operator's view of the declared component types, and a
/// new type or revision checked with the schema directory before it goes in.
/// </summary>
[TestClass]
public sealed class SchemaCommandTests
{
    private readonly List<string> _directories = [];

    [TestCleanup]
    public void Cleanup()
    {
        foreach (var directory in _directories)
        {
            GupServer.DeleteDirectory(directory);
        }
    }

    private string NewDirectory()
    {
        var directory = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;
        _directories.Add(directory);
        return directory;
    }

    /// <summary>parental-control.xsd (of <paramref name="revision"/>) and, unless left out, its descriptor in a directory of their own.</summary>
    private string Incoming(string revision = OperatorSchema.Revision1, bool descriptor = true)
    {
        var directory = NewDirectory();
        File.Copy(OperatorSchema.Fixture(revision), Path.Combine(directory, OperatorSchema.FileName));
        if (descriptor)
        {
            File.Copy(OperatorSchema.Fixture(OperatorSchema.DescriptorName), Path.Combine(directory, OperatorSchema.DescriptorName));
        }

        return Path.Combine(directory, OperatorSchema.FileName);
    }

    internal static async Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await GupSoapCommandLine.RunAsync(["admin", "schema", .. args, $"--Gup:DataDirectory={dataDirectory}"], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [TestMethod]
    public async Task List_BuiltInAndDirectoryTypes_OneLineEachWithPrefixSchemaAndRafs()
    {
        var data = NewDirectory();
        var schemas = OperatorSchema.Install(data);

        var (code, output, error) = await RunAsync(data, "list", OperatorSchema.ServicesHoldIt);

        Assert.AreEqual(0, code, error);
        Assert.Contains("6 component types", output);
        Assert.Contains("{urn:3gpp:gup:2006-08:subscriber}SubscriberInfo  sub  subscriber.xsd  -  hss  built-in subscriber.component.json", output);
        Assert.Contains("{urn:3gpp:mcptt:user-profile:1.0}mcptt-user-profile  mcpttup  mcptt-user-profile.xsd  profileId  services", output);
        Assert.Contains($"{{{OperatorSchema.Namespace}}}ParentalControl  pc  parental-control.xsd  -  services  {Path.Combine(schemas, OperatorSchema.DescriptorName)}", output);
    }

    [TestMethod]
    public async Task Check_NewTypeOutsideTheDirectory_DeclaresItAndChangesNothing()
    {
        var data = NewDirectory();
        var file = Incoming();

        var (code, output, error) = await RunAsync(data, "check", file);

        Assert.AreEqual(0, code, output + error);
        Assert.Contains($"declares {{{OperatorSchema.Namespace}}}ParentalControl (prefix pc)", output);
        Assert.IsFalse(Directory.Exists(Path.Combine(data, "schemas")));
    }

    [TestMethod]
    public async Task Add_NewType_CopiedWithItsDescriptor_AndTheNextStartServesIt()
    {
        var data = NewDirectory();
        var file = Incoming();

        var (code, output, error) = await RunAsync(data, "add", file);

        Assert.AreEqual(0, code, output + error);
        Assert.Contains("Restart the server", output);
        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.Revision1), File.ReadAllText(Path.Combine(data, "schemas", OperatorSchema.FileName)));
        Assert.IsTrue(File.Exists(Path.Combine(data, "schemas", OperatorSchema.DescriptorName)));
        Assert.IsEmpty(Directory.GetFiles(Path.Combine(data, "schemas"), "*.tmp"));
        await using var server = await OperatorSchema.StartAsync(data, ownsDataDirectory: false);
        var created = await RgText.PostAsync(server.Rg, RgText.Create(SharedServer.NewSubscriber("pc-added"), ("pc:ParentalControl", OperatorSchema.Document())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
    }

    [TestMethod]
    public async Task Check_SchemaWithoutDescriptor_CompilesButDeclaresNoType()
    {
        var (code, output, _) = await RunAsync(NewDirectory(), "check", Incoming(descriptor: false));

        Assert.AreEqual(0, code, output);
        Assert.Contains("declares no component type", output);
    }

    [TestMethod]
    public async Task Add_SchemaThatDoesNotCompile_RefusedInOneLineAndNotCopied()
    {
        var data = NewDirectory();
        var file = Incoming();
        File.WriteAllText(file, OperatorSchema.Text(OperatorSchema.Revision1).Replace("xs:boolean", "xs:bool", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync(data, "add", file);

        Assert.AreEqual(1, code, output);
        Assert.AreEqual(1, output.Trim().Split('\n').Length, output);
        StringAssert.StartsWith(output, $"Refused: {file}: line 9: ");
        Assert.IsFalse(Directory.Exists(Path.Combine(data, "schemas")));
    }

    [TestMethod]
    public async Task Check_SchemaImportingOverHttp_RefusedWithoutAnyConnection()
    {
        using var listener = new LoopbackListener();
        var file = Incoming();
        File.WriteAllText(file, OperatorSchema.Text(OperatorSchema.Revision1).Replace("elementFormDefault=\"qualified\">",
            $"elementFormDefault=\"qualified\"><xs:import namespace=\"urn:example:remote\" schemaLocation=\"{listener.Url("x.xsd")}\"/>", StringComparison.Ordinal));

        var (code, output, _) = await RunAsync(NewDirectory(), "check", file);

        Assert.AreEqual(1, code, output);
        Assert.Contains("nothing was fetched", output);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    [DataRow("remove", new[] { "remove", "x.xsd" })]
    [DataRow("FILE", new[] { "check" })]
    [DataRow("extra", new[] { "list", "extra" })]
    public async Task Run_UnknownOrIncompleteArguments_NamedWithThePointerToHelpAndExitTwo(string culprit, string[] args)
    {
        var (code, output, error) = await RunAsync(NewDirectory(), args);

        Assert.AreEqual(2, code);
        Assert.Contains(culprit, error);
        Assert.Contains("admin schema", error);
        Assert.Contains("--help", error);
        Assert.AreEqual("", output);
    }
}
