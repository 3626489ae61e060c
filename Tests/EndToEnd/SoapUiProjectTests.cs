using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.EndToEnd.CommandLine;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// samples/soapui/GupSoap-soapui-project.xml as SoapUI would use it: the <c>token --soapui</c> command fills its token
/// properties, every interface's binding and operations exist in the WSDL the server serves, and every request, with
/// SoapUI's property expansion done here (project properties, the Groovy UUID and time expressions the project uses)
/// and the ids of earlier answers transferred into properties, is sent in order and answered OK, never a fault.
/// </summary>
[TestClass]
public sealed partial class SoapUiProjectTests
{
    private static readonly XNamespace Con = "http://eviware.com/soapui/config";
    private static readonly XNamespace Wsdl = "http://schemas.xmlsoap.org/wsdl/";

    /// <summary>What a SoapUI user copies from one answer into a property for a later request (a property transfer).</summary>
    private static readonly Dictionary<(string Interface, string Operation), (string Property, string Element)> Transfers = new()
    {
        [("Rg (GUP Server)", "Subscribe")] = ("invokeId", "InvokeID"),
        [("Rp hss (RAF)", "SubscribeToData")] = ("hssInvokeId", "InvokeID"),
        [("Rp services (RAF)", "SubscribeToData")] = ("servicesInvokeId", "InvokeID"),
        [("Discovery", "SvcMDRegister")] = ("svcMDID", "SvcMDID"),
        [("MCPTT CM", "SubscribeProfileUpdates")] = ("subscriptionId", "SubscriptionID"),
    };

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task EveryRequest_WithTheTokenCommandsTokens_IsAnsweredWithoutFault()
    {
        await using var server = await GupServer.StartAsync("--Gup:Https:Url=https://127.0.0.1:0", "--Gup:Authorization:CommonRulesPath=",
            "--Gup:Security:AllowNullBearer=false", "--Gup:Notifications:AllowedCallbackHosts:0=127.0.0.1:9090");
        using var directory = new TemporaryDirectory();
        var project = directory.File("GupSoap-soapui-project.xml");
        File.Copy(Path.Combine(TestPaths.RepoRoot, "samples", "soapui", "GupSoap-soapui-project.xml"), project);
        var filled = await CommandLineRun.InProcessAsync("token", "--subscriber", "sip:alice@example.org", "--soapui", project,
            $"--Gup:Security:KeyDirectory={Path.Combine(TestIdentity.Directory, "keys")}");
        Assert.AreEqual(0, filled.ExitCode, filled.Output);

        var document = XDocument.Load(project);
        var properties = document.Root!.Element(Con + "properties")!.Elements(Con + "property")
            .ToDictionary(p => p.Element(Con + "name")!.Value, p => p.Element(Con + "value")!.Value, StringComparer.Ordinal);
        properties["baseUrl"] = server.Urls.Single(u => u.Scheme == Uri.UriSchemeHttps).ToString().TrimEnd('/');
        using var http = PinnedClient(server.DataDirectory);
        var interfaces = document.Root.Elements(Con + "interface").ToList();
        Assert.HasCount(5, interfaces, "Rg, Rp hss, Rp services, Disco, MCPTT CM");
        var sent = 0;

        foreach (var @interface in interfaces)
        {
            var name = (string)@interface.Attribute("name")!;
            await AssertMatchesServedWsdlAsync(@interface, server.Urls.Single(u => u.Scheme == Uri.UriSchemeHttp));
            foreach (var operation in @interface.Elements(Con + "operation"))
            {
                var call = operation.Elements(Con + "call").Single();
                var answer = await SendAsync(http, Expand(call.Element(Con + "endpoint")!.Value, properties), (string)operation.Attribute("action")!,
                    Expand(call.Element(Con + "request")!.Value, properties));
                var what = $"{name} {operation.Attribute("name")!.Value}";
                var response = answer.Root?.Element(XName.Get("Body", Namespaces.Soap11))?.Elements().Single();
                Assert.IsNotNull(response, $"{what}: no SOAP answer");
                Assert.AreNotEqual(XName.Get("Fault", Namespaces.Soap11), response.Name, $"{what}: {response}");
                Assert.AreEqual("OK", (string?)response.Element(XName.Get("Status", Namespaces.LibertyUtility))?.Attribute("code"), $"{what}: {response}");
                if (Transfers.TryGetValue((name, operation.Attribute("name")!.Value), out var transfer))
                {
                    properties[transfer.Property] = response.Descendants().First(e => e.Name.LocalName == transfer.Element).Value;
                }

                sent++;
            }
        }

        Assert.AreEqual(36, sent, "every operation of the five WSDLs but the callbacks, hss and services each with all of Rp");
    }

    /// <summary>The interface's binding is in the WSDL the server serves at its definition's path, with every operation the project names.</summary>
    private async Task AssertMatchesServedWsdlAsync(XElement @interface, Uri http)
    {
        var definition = new Uri((string)@interface.Attribute("definition")!);
        using var client = new HttpClient();
        var wsdl = XDocument.Parse(await client.GetStringAsync(new Uri(http, definition.PathAndQuery), TestContext.CancellationToken));
        var bindingName = XName.Get((string)@interface.Attribute("bindingName")!);
        Assert.AreEqual((string?)wsdl.Root!.Attribute("targetNamespace"), bindingName.NamespaceName);
        var binding = wsdl.Root.Elements(Wsdl + "binding").SingleOrDefault(b => (string?)b.Attribute("name") == bindingName.LocalName);
        Assert.IsNotNull(binding, $"{bindingName} in {definition}");
        var operations = binding.Elements(Wsdl + "operation").Select(o => (string)o.Attribute("name")!).ToHashSet();
        foreach (var operation in @interface.Elements(Con + "operation"))
        {
            Assert.Contains((string)operation.Attribute("bindingOperationName")!, operations);
        }
    }

    private async Task<XDocument> SendAsync(HttpClient http, string endpoint, string action, string envelope)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(envelope) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");
        using var response = await http.SendAsync(request, TestContext.CancellationToken);
        return XDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.CancellationToken));
    }

    /// <summary>SoapUI's property expansion, for what the project uses: <c>${#Project#name}</c> and three Groovy expressions.</summary>
    private static string Expand(string text, Dictionary<string, string> properties)
    {
        var now = DateTime.UtcNow;
        var expanded = ProjectProperty().Replace(text, m => properties[m.Groups[1].Value])
            .Replace("${=java.util.UUID.randomUUID()}", Guid.NewGuid().ToString("D"), StringComparison.Ordinal)
            .Replace("""${=new Date().format("yyyy-MM-dd'T'HH:mm:ss'Z'", TimeZone.getTimeZone("UTC"))}""", Instant(now), StringComparison.Ordinal)
            .Replace("""${=new Date(System.currentTimeMillis() + 3600000L).format("yyyy-MM-dd'T'HH:mm:ss'Z'", TimeZone.getTimeZone("UTC"))}""", Instant(now.AddHours(1)), StringComparison.Ordinal);
        Assert.DoesNotContain("${", expanded, "an expansion this test does not know");
        return expanded;
    }

    private static string Instant(DateTime time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Trusts exactly the server's generated certificate (SoapUI itself accepts any).</summary>
    private static HttpClient PinnedClient(string dataDirectory)
    {
        using var certificate = System.Security.Cryptography.X509Certificates.X509Certificate2.CreateFromPem(
            File.ReadAllText(Path.Combine(dataDirectory, "keys", "tls-cert.pem")));
        var pin = Convert.ToHexString(SHA256.HashData(certificate.RawData));
        return new HttpClient(new SocketsHttpHandler
        {
            SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && Convert.ToHexString(SHA256.HashData(presented.GetRawCertData())) == pin },
        });
    }

    [GeneratedRegex(@"\$\{#Project#([A-Za-z]+)\}")]
    private static partial Regex ProjectProperty();
}
