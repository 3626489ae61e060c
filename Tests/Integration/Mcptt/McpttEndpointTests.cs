using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>/mcptt/cm as an endpoint: its WSDL and schemas served, SOAP 1.2, and profiles reachable over Rg like every component.</summary>
[TestClass]
public sealed class McpttEndpointTests
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static Uri Server => SharedServer.Instance.BaseAddress;

    [TestMethod]
    public async Task Wsdl_FetchedFromTheEndpoint_PointsBothPortsThereAndServesItsSchemas()
    {
        var wsdl = XDocument.Parse(await Http.GetStringAsync(new Uri(Endpoint(Server), "cm?wsdl")));
        var cm = await Http.GetStringAsync(new Uri(Endpoint(Server), "cm?xsd=cm.xsd"));
        var profile = await Http.GetStringAsync(new Uri(Endpoint(Server), "cm?xsd=mcptt-user-profile.xsd"));

        var addresses = wsdl.Descendants().Where(e => e.Name.LocalName == "address").Select(a => (string?)a.Attribute("location")).ToList();
        Assert.HasCount(2, addresses);
        Assert.IsTrue(addresses.All(a => a == Endpoint(Server).ToString()));
        Assert.Contains("GetUserProfileResponseType", cm);
        Assert.Contains("McpttUserProfileType", profile);
    }

    [TestMethod]
    public async Task GetUserProfile_OverSoap12_IsAnswered()
    {
        var user = await NewUserAsync(Server);

        var answer = await SoapHttp.PostAsync(Endpoint(Server), SoapMessages.Envelope12(Get(user, "1", "1"), UserHeaders(user)), "urn:3gpp:mcptt:cm:1.0:GetUserProfile", soap12: true);

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsNotNull(answer.Response().Element(Cm + "Synchronized"));
    }

    [TestMethod]
    public async Task GetUserProfile_SoapActionOfAnotherOperation_IsAFault()
    {
        var user = await NewUserAsync(Server);

        var answer = await SoapHttp.PostAsync(Endpoint(Server), SoapMessages.Envelope11(Get(user, "1"), UserHeaders(user)), "urn:3gpp:mcptt:cm:1.0:UploadUserProfile");

        Assert.IsNotNull(answer.Fault, answer.Text);
    }

    [TestMethod]
    public async Task UploadUserProfile_ThenRgQuery_ShowsTheProfileAsAComponent()
    {
        var user = await NewUserAsync(Server, name: "Seen over Rg");

        var answer = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(user, "/mcpttup:mcptt-user-profile/mcpttup:ProfileName"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("Seen over Rg", answer.Body.Descendants(XName.Get("ProfileName", Namespaces.McpttUserProfile)).Single().Value);
    }
}
