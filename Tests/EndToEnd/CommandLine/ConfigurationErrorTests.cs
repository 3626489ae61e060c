using System.Net;
using System.Net.Sockets;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd.CommandLine;

/// <summary>
/// Configuration mistakes stop the server before it serves or writes anything, with one line that names the key and
/// the fix and exit code 2, never a stack trace. The real process proves the wiring once; the other cases run the
/// same command line in process.
/// </summary>
[TestClass]
public sealed class ConfigurationErrorTests
{
    private static string[] Server(string dataDirectory, params string[] args) =>
        ["--urls", "http://127.0.0.1:0", "--Gup:Https:Url=", $"--Gup:DataDirectory={dataDirectory}", .. args];

    private static void AssertOneLineNaming(ToolRun run, string key, string fix)
    {
        Assert.AreEqual(2, run.ExitCode, run.Output);
        var lines = run.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.HasCount(1, lines, run.StandardError);
        Assert.Contains(key, lines[0]);
        Assert.Contains(fix, lines[0]);
        Assert.DoesNotContain("   at ", run.Output, "no stack trace");
        Assert.DoesNotContain("Exception", run.StandardError);
    }

    [TestMethod]
    public async Task RafRoleWithoutName_RealProcess_OneLineAndExitCodeTwo()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.ProcessAsync(Server(data.Path, "--role", "raf"));

        AssertOneLineNaming(run, "--raf-name", "hss, services");
    }

    [TestMethod]
    public async Task BusyPort_RealProcess_NamesTheAddressAndHowToChooseAnother()
    {
        using var data = new TemporaryDirectory();
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}";

        var run = await CommandLineRun.ProcessAsync("--urls", url, "--Gup:Https:Url=", $"--Gup:DataDirectory={data.Path}");

        AssertOneLineNaming(run, url, "--urls");
        Assert.IsFalse(File.Exists(Path.Combine(data.Path, "raf-hss.db")), "nothing was written before the check");
    }

    [TestMethod]
    public async Task BusyHttpsPort_NamesGupHttpsUrl()
    {
        using var data = new TemporaryDirectory();
        using var busy = new TcpListener(IPAddress.Loopback, 0);
        busy.Start();

        var run = await CommandLineRun.InProcessAsync("--urls", "http://127.0.0.1:0", $"--Gup:Https:Url=https://127.0.0.1:{((IPEndPoint)busy.LocalEndpoint).Port}",
            $"--Gup:DataDirectory={data.Path}");

        AssertOneLineNaming(run, "Gup:Https:Url", "--Gup:Https:Url=https://127.0.0.1:PORT");
    }

    [TestMethod]
    public async Task UnknownRole_IsAUsageErrorNamingTheChoices()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, "--role", "proxy"));

        Assert.AreEqual(2, run.ExitCode, run.Output);
        Assert.Contains("all, gup, raf or disco", run.StandardError);
    }

    [TestMethod]
    public async Task UnknownRafName_ListsTheConfiguredOnes()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, "--role", "raf", "--raf-name", "billing"));

        AssertOneLineNaming(run, "--raf-name", "hss, services");
        Assert.Contains("billing", run.StandardError);
    }

    [TestMethod]
    [DataRow("--role:raf", "--raf-name:billing")]
    [DataRow("--role=raf", "--raf-name=billing")]
    public async Task OtherOptionSpellings_MeanTheSameToTheHost(string role, string rafName)
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, role, rafName));

        AssertOneLineNaming(run, "--raf-name", "billing");
    }

    [TestMethod]
    public async Task GupRoleWithoutRafAddresses_NamesTheMissingAddressKey()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, "--role", "gup"));

        AssertOneLineNaming(run, "Gup:Rafs:hss:Address", "--Gup:Rafs:hss:Address=http://");
    }

    [TestMethod]
    public async Task BadRafAddress_NamesTheKeyAndAnExample()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, "--role", "gup", "--Gup:Rafs:hss:Address=ftp://raf.example/rp",
            "--Gup:Rafs:services:Address=http://127.0.0.1:9/raf/services/rp"));

        AssertOneLineNaming(run, "Gup:Rafs:hss:Address", "/raf/hss/rp");
    }

    [TestMethod]
    public async Task MissingHttpsCertificate_NamesTheKeyAndThePath()
    {
        using var data = new TemporaryDirectory();
        var missing = Path.Combine(data.Path, "missing-cert.pem");

        var run = await CommandLineRun.InProcessAsync("--urls", "http://127.0.0.1:0", "--Gup:Https:Url=https://127.0.0.1:0",
            $"--Gup:Https:CertificatePath={missing}", $"--Gup:DataDirectory={data.Path}");

        AssertOneLineNaming(run, "Gup:Https:CertificatePath", "readable PEM file");
        Assert.Contains(missing, run.StandardError);
    }

    [TestMethod]
    public async Task HttpsKeyThatIsNotPem_NamesTheKeyKey()
    {
        using var data = new TemporaryDirectory();
        var tls = Path.Combine(data.Path, "tls");
        Core.Security.TlsCertificates.LoadOrCreateServerCertificate(tls, TimeProvider.System).Dispose();
        await File.WriteAllTextAsync(Path.Combine(data.Path, "garbage.pem"), "not a key");

        var run = await CommandLineRun.InProcessAsync("--urls", "http://127.0.0.1:0", "--Gup:Https:Url=https://127.0.0.1:0",
            $"--Gup:Https:CertificatePath={Path.Combine(tls, "tls-cert.pem")}", $"--Gup:Https:KeyPath={Path.Combine(data.Path, "garbage.pem")}", $"--Gup:DataDirectory={data.Path}");

        AssertOneLineNaming(run, "Gup:Https:KeyPath", "PEM");
        Assert.DoesNotContain("not a key", run.StandardError, "never the file's content");
    }

    [TestMethod]
    public async Task UnreadableTrustedIssuerCertificate_NamesTheEntry()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, "--Gup:Security:TrustedIssuers:0:EntityId=https://idp.partner.example",
            $"--Gup:Security:TrustedIssuers:0:CertificatePath={Path.Combine(data.Path, "partner.pem")}"));

        AssertOneLineNaming(run, "Gup:Security:TrustedIssuers:0:CertificatePath", "no such file");
    }

    [TestMethod]
    public async Task MissingCommonRules_NamesTheKey()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync(Server(data.Path, $"--Gup:Authorization:CommonRulesPath={Path.Combine(data.Path, "rules.xml")}"));

        AssertOneLineNaming(run, "Gup:Authorization:CommonRulesPath", "gup:AuthorizationRules");
    }

    [TestMethod]
    public async Task HttpsAddressInUrls_SaysToUseGupHttpsUrl()
    {
        using var data = new TemporaryDirectory();

        var run = await CommandLineRun.InProcessAsync("--urls", "https://127.0.0.1:0", "--Gup:Https:Url=", $"--Gup:DataDirectory={data.Path}");

        AssertOneLineNaming(run, "urls", "--Gup:Https:Url");
    }

    [TestMethod]
    public async Task UnusableKeyDirectory_ForTheTokenCommand_NamesTheKey()
    {
        using var data = new TemporaryDirectory();
        var file = Path.Combine(data.Path, "a-file");
        await File.WriteAllTextAsync(file, "");

        var run = await CommandLineRun.InProcessAsync("token", $"--Gup:Security:KeyDirectory={file}");

        AssertOneLineNaming(run, "Gup:Security:KeyDirectory", "writable directory");
    }

    [TestMethod]
    public async Task ValidConfiguration_RealProcess_StillStarts()
    {
        await using var server = await ServerProcess.StartAsync("--role", "raf", "--raf-name", "hss", "--urls", "http://127.0.0.1:0");

        Assert.AreEqual("http", server.BaseAddress.Scheme);
    }
}
