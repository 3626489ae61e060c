using System.Net;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>The executable's embedded default and single-role mode as built by <c>GupSoapHost</c>.</summary>
[TestClass]
public sealed class HostingTests
{
    private static readonly HttpClient Http = new();

    [TestMethod]
    public async Task Healthz_ReportsRoleAndRafs()
    {
        var json = await Http.GetStringAsync(new Uri(SharedServer.Instance.BaseAddress, "healthz"));
        Assert.Contains("\"status\":\"ok\"", json);
        Assert.Contains("\"hss\"", json);
        Assert.Contains("\"services\"", json);
    }

    [TestMethod]
    public async Task Wsdl_AddressIsTheListeningAddressAndPath_AndImportsAreServed()
    {
        var wsdl = XDocument.Parse(await Http.GetStringAsync(new Uri(SharedServer.Instance.BaseAddress, "raf/services/rp?wsdl")));
        var locations = wsdl.Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location")).ToList();
        Assert.HasCount(2, locations);
        Assert.IsTrue(locations.All(l => l == SharedServer.Instance.Rp("services").ToString()), string.Join(", ", locations));
        foreach (var name in new[] { "rp.xsd", "gup.xsd", "liberty-utility.xsd", "subscriber.xsd" })
        {
            using var response = await Http.GetAsync(new Uri(SharedServer.Instance.BaseAddress, $"raf/services/rp?xsd={name}"));
            Assert.AreEqual(HttpStatusCode.OK, response.StatusCode, name);
        }

        using var unknown = await Http.GetAsync(new Uri(SharedServer.Instance.BaseAddress, "raf/services/rp?xsd=../../etc/passwd"));
        Assert.AreEqual(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [TestMethod]
    public async Task EmbeddedDefault_HoldsDemoSubscribersWithEveryComponentType()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["hss"] = ["sub:SubscriberInfo", "gup:AuthorizationRules"],
            ["services"] = ["pres:PresenceSettings", "lcs:LcsPrivacy", "up:mcptt-user-profile"],
        };
        foreach (var (raf, types) in expected)
        {
            foreach (var subscriber in new[] { "sip:alice@example.org", "sip:bob@example.org" })
            {
                foreach (var type in types)
                {
                    var answer = await SoapHttp.RpAsync(raf, SoapMessages.Read(subscriber, type, "/"));
                    Assert.AreEqual("OK", answer.StatusCode, $"{raf} {subscriber} {type}: {answer.Text}");
                }
            }
        }
    }

    [TestMethod]
    public async Task RoleRaf_ServesOnlyTheNamedRaf()
    {
        await using var server = await GupServer.StartAsync("--role", "raf", "--raf-name", "services");
        var answer = await SoapHttp.PostAsync(server.Rp("services"), SoapMessages.Envelope11(SoapMessages.Create(SharedServer.NewSubscriber("role"), "pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        using var other = await Http.PostAsync(server.Rp("hss"), new StringContent(""));
        Assert.AreEqual(HttpStatusCode.NotFound, other.StatusCode);
        var demo = await SoapHttp.PostAsync(server.Rp("services"), SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "pres:PresenceSettings", "/")));
        Assert.AreEqual("DataUnavailable", demo.ErrorType, "a lone RAF gets no demo data");
    }

    [TestMethod]
    public async Task Restart_KeepsData_AndDemoSeedingNeverOverwrites()
    {
        var dataDirectory = GupServer.NewDataDirectory();
        try
        {
            await RestartAsync(dataDirectory);
        }
        finally
        {
            GupServer.DeleteDirectory(dataDirectory);
        }
    }

    private static async Task RestartAsync(string dataDirectory)
    {
        await using (var first = await GupServer.StartInAsync(dataDirectory, ownsDataDirectory: false))
        {
            var changed = await SoapHttp.PostAsync(first.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Modify("sip:alice@example.org", "sub:SubscriberInfo",
                SoapMessages.Modification("/sub:SubscriberInfo/sub:DisplayName", "<sub:DisplayName>Alice Changed</sub:DisplayName>", overwrite: true))));
            Assert.AreEqual("OK", changed.StatusCode, changed.Text);
        }

        await using var second = await GupServer.StartInAsync(dataDirectory, ownsDataDirectory: false);
        var read = await SoapHttp.PostAsync(second.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")));
        Assert.AreEqual("Alice Changed", read.Body.Descendants(XName.Get("DisplayName", Namespaces.Subscriber)).Single().Value);
    }
}
