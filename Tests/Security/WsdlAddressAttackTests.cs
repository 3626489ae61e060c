using System.Xml.Linq;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// A served WSDL names where clients send their tokens: a Host header (or a forwarding header) of the attacker's
/// choosing must never become a port address, or whoever trusts that WSDL sends its assertions to the attacker.
/// </summary>
[TestClass]
public sealed class WsdlAddressAttackTests
{
    private static readonly HttpClient Http = new();
    private static readonly string[] Endpoints = ["gup/rg", "raf/hss/rp", "raf/services/rp", "disco", "mcptt/cm", "gup/notify"];

    [TestMethod]
    public async Task Wsdl_HostHeaderInjection_IsNotEchoedIntoSoapAddress()
    {
        foreach (var endpoint in Endpoints)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(SharedServer.Instance.BaseAddress, endpoint + "?wsdl"));
            request.Headers.Host = "evil.example";

            var text = await SendAsync(request);

            Assert.DoesNotContain("evil.example", text, endpoint);
            CollectionAssert.AreEqual(new[] { Expected(endpoint), Expected(endpoint) }, Addresses(text), endpoint);
        }
    }

    [TestMethod]
    public async Task Wsdl_ForwardedHostHeaders_AreIgnored()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(SharedServer.Instance.Rg, "rg?wsdl"));
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "evil.example");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("Forwarded", "host=evil.example;proto=https");

        var text = await SendAsync(request);

        Assert.DoesNotContain("evil.example", text);
        CollectionAssert.AreEqual(new[] { Expected("gup/rg"), Expected("gup/rg") }, Addresses(text));
    }

    private static string Expected(string endpoint) => new Uri(SharedServer.Instance.BaseAddress, endpoint).AbsoluteUri;

    private static string?[] Addresses(string wsdl) =>
        XDocument.Parse(wsdl).Descendants().Where(e => e.Name.LocalName == "address").Select(e => (string?)e.Attribute("location")).ToArray();

    private static async Task<string> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
