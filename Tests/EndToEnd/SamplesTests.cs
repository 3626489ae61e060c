using System.Text.Json;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.EndToEnd.CommandLine;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// samples/: every request sample is sent with the <c>call</c> command, in manifest order, over https with the
/// generated certificate pinned, to an embedded server with demo data and the default common rules, and answers the
/// status samples/manifest.json documents; every operation of every WSDL (callbacks aside) has a sample.
/// </summary>
[TestClass]
public sealed class SamplesTests
{
    private static readonly string SamplesDirectory = Path.Combine(TestPaths.RepoRoot, "samples");

    /// <summary>Operations a client implements (the server calls them), so there is nothing to send to the server.</summary>
    private static readonly HashSet<string> Callbacks = ["Notify", "NotifyData", "ProfileUpdateNotification"];

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task EverySample_SentWithTheCallCommand_AnswersItsDocumentedStatus()
    {
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(SamplesDirectory, "manifest.json"), TestContext.CancellationToken));
        string[] serverArgs = ["--Gup:Https:Url=https://127.0.0.1:0", "--Gup:Authorization:CommonRulesPath=", "--Gup:Security:AllowNullBearer=false",
            .. manifest.RootElement.GetProperty("server").EnumerateArray().Select(a => a.GetString()!)];
        await using var server = await GupServer.StartAsync(serverArgs);
        var https = server.Urls.Single(u => u.Scheme == Uri.UriSchemeHttps);
        var captured = new Dictionary<string, string>(StringComparer.Ordinal);
        var sent = 0;

        foreach (var sample in manifest.RootElement.GetProperty("samples").EnumerateArray())
        {
            var file = sample.GetProperty("file").GetString()!;
            var args = new List<string>
            {
                "call", Path.Combine(SamplesDirectory, file), "--url", https.ToString(),
                $"--Gup:DataDirectory={server.DataDirectory}", $"--Gup:Security:KeyDirectory={Path.Combine(TestIdentity.Directory, "keys")}",
            };
            AddOptions(sample, args, captured);

            var run = await CommandLineRun.InProcessAsync([.. args]);

            Assert.AreEqual(0, run.ExitCode, $"{file}: {run.Output}");
            var response = XDocument.Parse(run.StandardOutput).Root!.Elements().Single(e => e.Name.LocalName == "Body").Elements().Single();
            var status = response.Element(XName.Get("Status", Namespaces.LibertyUtility));
            Assert.AreEqual(sample.GetProperty("status").GetString(), (string?)status?.Attribute("code"), $"{file}: {response}");
            if (sample.TryGetProperty("capture", out var capture))
            {
                foreach (var name in capture.EnumerateObject())
                {
                    captured[name.Name] = response.Descendants().First(e => e.Name.LocalName == name.Value.GetString()).Value;
                }
            }

            sent++;
        }

        Assert.AreEqual(Directory.GetFiles(SamplesDirectory, "*.xml", SearchOption.AllDirectories).Count(f => !f.Contains("soapui", StringComparison.Ordinal)), sent,
            "every sample file is in the manifest");
    }

    [TestMethod]
    [DataRow("Rg.wsdl", "rg")]
    [DataRow("Rp.wsdl", "rp")]
    [DataRow("Disco.wsdl", "disco")]
    [DataRow("McpttCm.wsdl", "mcptt")]
    public void EveryWsdlOperation_HasASample(string wsdl, string folder)
    {
        XNamespace wsdlNs = "http://schemas.xmlsoap.org/wsdl/";
        var operations = XDocument.Load(Path.Combine(TestPaths.RepoRoot, "wsdl", wsdl)).Root!.Elements(wsdlNs + "portType")
            .SelectMany(p => p.Elements(wsdlNs + "operation")).Select(o => (string)o.Attribute("name")!).Where(o => !Callbacks.Contains(o)).ToHashSet();
        var samples = Directory.GetFiles(Path.Combine(SamplesDirectory, folder), "*.xml").Select(f => XDocument.Load(f).Root!.Name.LocalName).ToHashSet();

        Assert.IsNotEmpty(operations);
        CollectionAssert.IsSubsetOf(operations.ToList(), samples.ToList(), $"samples/{folder} lacks: {string.Join(", ", operations.Except(samples))}");
    }

    private static void AddOptions(JsonElement sample, List<string> args, Dictionary<string, string> captured)
    {
        foreach (var option in new[] { "subscriber", "provider", "raf" })
        {
            if (sample.TryGetProperty(option, out var value))
            {
                args.AddRange([$"--{option}", value.GetString()!]);
            }
        }

        if (sample.TryGetProperty("operator", out var asOperator) && asOperator.GetBoolean())
        {
            args.Add("--operator");
        }

        if (sample.TryGetProperty("set", out var set))
        {
            foreach (var entry in set.EnumerateArray().Select(e => e.GetString()!.Split('=', 2)))
            {
                args.AddRange(["--set", $"{entry[^1]}={captured[entry[0]]}"]);
            }
        }
    }
}
