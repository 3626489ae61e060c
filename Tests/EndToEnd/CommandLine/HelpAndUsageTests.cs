namespace GupSoap.Tests.EndToEnd.CommandLine;

/// <summary>
/// The command line as a newcomer meets it: help for the root and every command (exit 0, nothing started), unknown
/// options and bad values refused with exit code 2 and a pointer to the help.
/// </summary>
[TestClass]
public sealed class HelpAndUsageTests
{
    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    public async Task Root_Help_PrintsServerOptionsAndCommandsWithoutStarting(string help)
    {
        var run = await CommandLineRun.ProcessAsync(help);

        Assert.AreEqual(0, run.ExitCode, run.Output);
        foreach (var expected in new[] { "--urls", "--role", "--raf-name", "--Section:Key=VALUE", "token", "call", "mcptt", "admin" })
        {
            Assert.Contains(expected, run.StandardOutput);
        }

        Assert.DoesNotContain("listening", run.Output);
    }

    [TestMethod]
    [DataRow(new[] { "token", "--help" }, "--subscriber")]
    [DataRow(new[] { "token", "-h" }, "--soapui")]
    [DataRow(new[] { "mcptt", "--help" }, "import")]
    [DataRow(new[] { "mcptt", "import", "--help" }, "--url")]
    [DataRow(new[] { "call", "--help" }, "--subscriber")]
    [DataRow(new[] { "admin", "schema", "--help" }, "list")]
    [DataRow(new[] { "admin", "schema", "add", "--help" }, "FILE")]
    public async Task Command_Help_PrintsItsOptions(string[] args, string expected)
    {
        var run = await CommandLineRun.InProcessAsync(args);

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains(expected, run.StandardOutput);
        Assert.AreEqual("", run.StandardError);
    }

    [TestMethod]
    public async Task Root_UnknownOption_IsRefusedWithExitCodeTwo()
    {
        var run = await CommandLineRun.ProcessAsync("--bogus");

        Assert.AreEqual(2, run.ExitCode, run.Output);
        Assert.Contains("--bogus", run.StandardError);
        Assert.Contains("--help", run.StandardError);
        Assert.DoesNotContain("   at ", run.Output, "no stack trace");
    }

    [TestMethod]
    [DataRow(new[] { "token", "--minutes", "0" }, "--minutes")]
    [DataRow(new[] { "token", "--bogus" }, "--bogus")]
    [DataRow(new[] { "mcptt" }, "command")]
    [DataRow(new[] { "mcptt", "import" }, "FILE")]
    [DataRow(new[] { "mcptt", "import", "x.xml", "--url", "ftp://host/cm" }, "ftp://host/cm")]
    [DataRow(new[] { "call", "no-such-sample.xml" }, "no-such-sample.xml")]
    [DataRow(new[] { "--role", "nonsense" }, "--role")]
    [DataRow(new[] { "--Gup:Demo:Enabled" }, "--Gup:Demo:Enabled=VALUE")]
    [DataRow(new[] { "surprise" }, "surprise")]
    public async Task BadUsage_IsRefusedWithExitCodeTwoNamingTheCulprit(string[] args, string culprit)
    {
        var run = await CommandLineRun.InProcessAsync(args);

        Assert.AreEqual(2, run.ExitCode, run.Output);
        Assert.Contains(culprit, run.StandardError);
        Assert.AreEqual("", run.StandardOutput);
    }

    [TestMethod]
    public async Task Token_ConfigurationOverrideBesideOptions_IsUsedAndOptionsStillParsed()
    {
        using var directory = new Interop.TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync("token", $"--Gup:Security:KeyDirectory={directory.Path}", "--subscriber", "sip:alice@example.org", "--minutes", "5");

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.StartsWith("<saml2:Assertion", run.StandardOutput);
        Assert.Contains("sip:alice@example.org", run.StandardOutput);
        Assert.IsTrue(File.Exists(Path.Combine(directory.Path, "signing-key.pem")), "the key of the named directory signed it");
    }
}
