using GupSoap.Server.CommandLine;

namespace GupSoap.Tests.Integration.Admin;

/// <summary>Every <c>admin</c> verb answers <c>--help</c> with its description and options, exit code 0.</summary>
[TestClass]
public sealed class AdminHelpTests
{
    [TestMethod]
    [DataRow("admin", "Operator tools of the deployment.")]
    [DataRow("admin import", "Import subscribers' profiles through the RAFs' write path")]
    [DataRow("admin export", "Export stored profiles")]
    [DataRow("admin trust", "Trusted assertion issuers")]
    [DataRow("admin trust list", "Every trusted issuer")]
    [DataRow("admin trust add", "Trust an issuer from the next request")]
    [DataRow("admin trust remove", "Stop trusting an issuer")]
    [DataRow("admin rules", "The operator's common authorization rules.")]
    [DataRow("admin rules reload", "Check the common rules file")]
    [DataRow("admin schema", "Component types of the deployment")]
    public async Task Help_EveryAdminVerb_DescribesItselfWithExitCodeZero(string verb, string description)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await GupSoapCommandLine.RunAsync([.. verb.Split(' '), "--help"], output, error);

        Assert.AreEqual(0, code, error.ToString());
        Assert.Contains(description, output.ToString());
        Assert.Contains("Usage:", output.ToString());
    }

    [TestMethod]
    public async Task Help_Import_NamesItsOptions()
    {
        using var output = new StringWriter();

        await GupSoapCommandLine.RunAsync(["admin", "import", "--help"], output, TextWriter.Null);

        foreach (var option in new[] { "PATH", "--batch-size", "--checkpoint", "--restart" })
        {
            Assert.Contains(option, output.ToString());
        }
    }
}
