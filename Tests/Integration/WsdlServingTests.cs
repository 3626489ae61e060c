using System.Net;
using System.Xml.Linq;
using GupSoap.Server.Hosting;
using GupSoap.Tests.Integration.Tls;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// How the descriptions are served: schemas beside each endpoint, path-style (and still by <c>?xsd=</c>), every
/// schemaLocation resolving; port addresses from configuration and the listening addresses, https when TLS is on; a
/// plain GET on a SOAP endpoint says how to use it.
/// </summary>
[TestClass]
public sealed class WsdlServingTests
{
    private static readonly HttpClient Http = new();
    private static readonly XNamespace Xsd = "http://www.w3.org/2001/XMLSchema";
    private static readonly string[] Endpoints = ["gup/rg", "raf/hss/rp", "raf/services/rp", "disco", "mcptt/cm", "gup/notify"];

    [TestMethod]
    public async Task EveryWsdl_EverySchemaLocation_IsPathStyleAndResolves()
    {
        foreach (var endpoint in Endpoints)
        {
            var wsdlAddress = new Uri(SharedServer.Instance.BaseAddress, endpoint + "?wsdl");
            var fetched = await FetchSchemasAsync(wsdlAddress);

            Assert.IsGreaterThanOrEqualTo(3, fetched.Count, endpoint);
            Assert.IsTrue(fetched.All(u => u.Query.Length == 0 && u.AbsolutePath.StartsWith("/" + endpoint + "/", StringComparison.Ordinal)), endpoint + ": " + string.Join(", ", fetched));
        }
    }

    [TestMethod]
    public async Task QueryFormSchemas_StillResolve_WithTheirImportsInThatForm()
    {
        var fetched = await FetchSchemasAsync(new Uri(SharedServer.Instance.Rg, "rg?xsd=rg.xsd"), isSchema: true);

        CollectionAssert.IsSubsetOf(new[] { "gup.xsd", "liberty-utility.xsd", "subscriber.xsd", "presence.xsd" }, fetched.Select(u => u.Query["?xsd=".Length..]).ToArray());
        Assert.IsTrue(fetched.All(u => u.AbsolutePath == "/gup/rg" && u.Query.StartsWith("?xsd=", StringComparison.Ordinal)), string.Join(", ", fetched));
    }

    [TestMethod]
    public async Task UnknownSchemaFile_IsNotFound()
    {
        foreach (var path in new[] { "gup/rg/passwd.xsd", "gup/rg/..%2F..%2Fetc%2Fpasswd", "gup/rg?xsd=../../etc/passwd" })
        {
            using var response = await Http.GetAsync(new Uri(SharedServer.Instance.BaseAddress, path));
            Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode, path);
        }
    }

    [TestMethod]
    public async Task PlainGet_OnASoapEndpoint_Is405SayingHowToUseIt()
    {
        using var response = await Http.GetAsync(SharedServer.Instance.Rg);
        var text = await response.Content.ReadAsStringAsync();

        Assert.AreEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.AreEqual("POST", response.Content.Headers.Allow.Single());
        Assert.Contains("POST a SOAP 1.1 envelope", text);
        Assert.Contains("/gup/rg?wsdl", text);
    }

    [TestMethod]
    public async Task Wsdl_WithPublicUrl_AdvertisesIt()
    {
        await using var server = await GupServer.StartAsync("--Gup:PublicUrl=https://gup.example.com/front/", "--Gup:Demo:Enabled=false");

        foreach (var endpoint in new[] { "gup/rg", "raf/hss/rp", "disco", "mcptt/cm" })
        {
            var addresses = await AddressesAsync(new Uri(server.BaseAddress, endpoint + "?wsdl"));
            CollectionAssert.AreEqual(new[] { "https://gup.example.com/front/" + endpoint, "https://gup.example.com/front/" + endpoint }, addresses, endpoint);
        }
    }

    [TestMethod]
    public async Task Wsdl_WithTlsOn_AdvertisesTheHttpsAddress_EvenFetchedOverPlainHttp()
    {
        using var files = new TlsTestFiles();
        var app = await GupSoapHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--Gup:Https:Url=https://127.0.0.1:0", $"--Gup:DataDirectory={files.DataDirectory}", "--Gup:Demo:Enabled=false", "--Logging:LogLevel:Default=Warning"]);
        await using (app)
        {
            await app.StartAsync();
            var plain = app.Urls.First(u => u.StartsWith("http://", StringComparison.Ordinal));
            var https = app.Urls.First(u => u.StartsWith("https://", StringComparison.Ordinal));

            foreach (var endpoint in new[] { "gup/rg", "raf/hss/rp", "raf/services/rp", "disco", "mcptt/cm" })
            {
                var addresses = await AddressesAsync(new Uri(plain + "/" + endpoint + "?wsdl"));
                Assert.IsTrue(addresses.All(a => a == https + "/" + endpoint), $"{endpoint}: {string.Join(", ", addresses)}");
            }

            await app.StopAsync();
        }
    }

    [TestMethod]
    public async Task NotifyReceiverWsdl_BindsItsPortsToTheCallbackBindings()
    {
        var wsdl = XDocument.Parse(await Http.GetStringAsync(new Uri(SharedServer.Instance.BaseAddress, "gup/notify?wsdl")));

        var bindings = wsdl.Descendants().Where(e => e.Name.LocalName == "port").Select(p => (string?)p.Attribute("binding")).ToArray();
        CollectionAssert.AreEquivalent(new[] { "rp:RpCallbackSoap11Binding", "rp:RpCallbackSoap12Binding" }, bindings);
    }

    private static async Task<string?[]> AddressesAsync(Uri wsdl) =>
        XDocument.Parse(await Http.GetStringAsync(wsdl)).Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location")).ToArray();

    /// <summary>Every schema a client fetches from <paramref name="start"/> on, following each import's location as a client resolves it.</summary>
    private static async Task<List<Uri>> FetchSchemasAsync(Uri start, bool isSchema = false)
    {
        var fetched = new List<Uri>();
        var pending = new Queue<(Uri Address, bool IsSchema)>([(start, isSchema)]);
        var seen = new HashSet<Uri>();
        while (pending.TryDequeue(out var next))
        {
            if (!seen.Add(next.Address))
            {
                continue;
            }

            using var response = await Http.GetAsync(next.Address);
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, next.Address.ToString());
            var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
            if (next.IsSchema)
            {
                fetched.Add(next.Address);
            }

            foreach (var import in document.Descendants(Xsd + "import").Concat(document.Descendants(Xsd + "include")))
            {
                pending.Enqueue((new Uri(next.Address, (string)import.Attribute("schemaLocation")!), true));
            }
        }

        return fetched;
    }
}
