using GupSoap.Schemas;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Schemas;

/// <summary>The operator's schema directory: <c>*.xsd</c> with an optional <c>NAME.component.json</c> beside each, nothing else read.</summary>
[TestClass]
public sealed class SchemaDirectoryTests
{
    private string _directory = "";

    [TestInitialize]
    public void Initialize() => _directory = Directory.CreateDirectory(GupServer.NewDataDirectory()).FullName;

    [TestCleanup]
    public void Cleanup() => GupServer.DeleteDirectory(_directory);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void Read_SchemaWithDescriptor_OneFileOneEntry()
    {
        var schema = Write(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1));
        var descriptor = Write(OperatorSchema.DescriptorName, OperatorSchema.Text(OperatorSchema.DescriptorName));

        var sources = SchemaDirectory.Read(_directory, required: true);

        Assert.AreEqual(OperatorSchema.FileName, sources.Files.Single().Name);
        Assert.AreEqual(schema, sources.Files.Single().Location);
        Assert.IsFalse(sources.Files.Single().IsBuiltIn);
        var entry = sources.Entries.Single();
        Assert.AreEqual("ParentalControl", entry.Element);
        Assert.AreEqual(OperatorSchema.FileName, entry.SchemaFile);
        Assert.AreEqual(descriptor, entry.DeclaredIn);
    }

    [TestMethod]
    public void Read_OtherFilesAndSubdirectories_Ignored()
    {
        Write("README.txt", "notes");
        Directory.CreateDirectory(Path.Combine(_directory, "old"));
        File.WriteAllText(Path.Combine(_directory, "old", "x.xsd"), "<broken");

        var sources = SchemaDirectory.Read(_directory, required: true);

        Assert.IsEmpty(sources.Files);
        Assert.IsEmpty(sources.Entries);
    }

    [TestMethod]
    public void Read_MissingDirectory_EmptyUnlessConfigured()
    {
        var missing = Path.Combine(_directory, "missing");

        Assert.IsEmpty(SchemaDirectory.Read(missing, required: false).Files);
        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaDirectory.Read(missing, required: true));
        Assert.AreEqual(missing, refused.Location);
    }

    [TestMethod]
    public void Read_DescriptorWithoutItsSchema_RefusedNamingTheDescriptor()
    {
        var descriptor = Write("curfew.component.json", """{ "Element": "Curfew" }""");

        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaDirectory.Read(_directory, required: true));

        Assert.AreEqual(descriptor, refused.Location);
        Assert.Contains("curfew.xsd", refused.Problem);
    }

    [TestMethod]
    [DataRow("{ \"Element\": ", "not valid JSON")]
    [DataRow("{ \"Element\": \"A\", \"Colour\": \"red\" }", "unknown property 'Colour'")]
    [DataRow("{ \"InstanceKey\": \"id\" }", "names no Element")]
    [DataRow("{ \"Element\": 3 }", "not a non-empty string")]
    [DataRow("[]", "declares no component type")]
    [DataRow("\"ParentalControl\"", "must hold an object")]
    public void Read_BadDescriptor_RefusedNamingIt(string text, string problem)
    {
        Write(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1));
        var descriptor = Write(OperatorSchema.DescriptorName, text);

        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaDirectory.Read(_directory, required: true));

        Assert.AreEqual(descriptor, refused.Location);
        Assert.Contains(problem, refused.Problem);
    }

    [TestMethod]
    public void Read_DescriptorArray_SeveralTypesOfOneSchema()
    {
        Write(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1));
        Write(OperatorSchema.DescriptorName, """[ { "Element": "A" }, { "element": "B", "instanceKey": "id" } ]""");

        var entries = SchemaDirectory.Read(_directory, required: true).Entries;

        CollectionAssert.AreEqual(new[] { "A", "B" }, entries.Select(e => e.Element).ToArray());
        Assert.AreEqual("id", entries[1].InstanceKey);
    }

    [TestMethod]
    public void Read_FileNameThatCannotBeServed_Refused()
    {
        var path = Write("parental control.xsd", OperatorSchema.Text(OperatorSchema.Revision1));

        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaDirectory.Read(_directory, required: true));

        Assert.AreEqual(path, refused.Location);
    }

    [TestMethod]
    public void Read_OversizedSchema_RefusedWithoutReadingIt()
    {
        var path = Write("huge.xsd", new string(' ', SchemaDirectory.MaxFileBytes + 1));

        var refused = Assert.ThrowsExactly<SchemaCatalogException>(() => SchemaDirectory.Read(_directory, required: true));

        Assert.AreEqual(path, refused.Location);
        Assert.Contains("at most", refused.Problem);
    }

    [TestMethod]
    public void Revise_NewRevisionWithoutDescriptor_KeepsTheDirectorysDeclaration()
    {
        Write(OperatorSchema.FileName, OperatorSchema.Text(OperatorSchema.Revision1));
        Write(OperatorSchema.DescriptorName, """{ "Element": "ParentalControl" }""");
        var candidate = Path.Combine(Directory.CreateDirectory(Path.Combine(_directory, "incoming")).FullName, OperatorSchema.FileName);
        File.WriteAllText(candidate, OperatorSchema.Text(OperatorSchema.CompatibleRevision));

        var revised = SchemaDirectory.Read(_directory, required: true).Revise(SchemaDirectory.ReadOne(candidate));

        Assert.AreEqual(candidate, revised.Files.Single().Location);
        Assert.AreEqual("ParentalControl", revised.Entries.Single().Element);
    }
}
