using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Schemas;

/// <summary>
/// The README walkthrough "Your own component types" uses the very schema, descriptor and configuration line the
/// operator-type tests run with, so what those tests prove is what an operator following it gets.
/// </summary>
[TestClass]
public sealed class ReadmeWalkthroughTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));

    private static string Between(string start, string end)
    {
        var from = Readme.IndexOf(start, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, from, $"README lacks '{start}'");
        from += start.Length;
        return Readme[from..Readme.IndexOf(end, from, StringComparison.Ordinal)];
    }

    [TestMethod]
    public void Walkthrough_Schema_IsTheFixtureTheTestsUse()
    {
        var schema = Between("cat > Server/data/schemas/parental-control.xsd <<'EOF'\n", "EOF\n");

        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.Revision1).ReplaceLineEndings("\n"), schema);
    }

    [TestMethod]
    public void Walkthrough_DescriptorAndConfigurationLine_AreTheOnesTheTestsUse()
    {
        var descriptor = Between("echo '", "' > Server/data/schemas/parental-control.component.json");
        var line = Between("dotnet run --project Server -- \"", "\"\n");

        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.DescriptorName).Trim(), descriptor);
        Assert.AreEqual(OperatorSchema.ServicesHoldIt, line);
    }
}
