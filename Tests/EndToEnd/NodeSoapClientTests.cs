using GupSoap.Core.Saml;
using GupSoap.Tests.Integration.Mcptt;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// node-soap (npm <c>soap</c>), a third independent SOAP stack beside WCF and zeep, loads every WSDL by URL and calls
/// every operation of every service port on SOAP 1.1 and SOAP 1.2, with the well-known prefixes undeclared in every
/// xs:QName and Select; the callbacks are not offered as operations. The server lists the application as a Discovery
/// registrar, so the SvcMD operations are completed, not refused.
/// </summary>
[TestClass]
public sealed class NodeSoapClientTests
{
    private const string Application = "urn:gupsoap:app:node";

    [TestMethod]
    public async Task NodeSoap_CallsEveryOperationOfEveryWsdl_OnSoap11AndSoap12WithUndeclaredWellKnownPrefixes()
    {
        await using var server = await GupServer.StartAsync($"--Gup:Discovery:Registrars:0={Application}");
        var user = $"sip:node-{Guid.NewGuid():N}@mcptt.example.org";
        var environment = new Dictionary<string, string>
        {
            ["GUPSOAP_TOKEN_NODE"] = TestIdentity.TokenText(Application),
            ["GUPSOAP_TOKEN_NODE_ALICE"] = TokenActingFor("sip:alice@example.org"),
            ["GUPSOAP_TOKEN_NODE_USER"] = McpttText.UserToken(user, Application),
            ["GUPSOAP_MCPTT_USER"] = user,
        };

        var (exitCode, output) = await NodeScript.RunAsync("every_operation.js", environment, server.BaseAddress.ToString().TrimEnd('/'));

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("ok McpttCmSoap12Port CM UnsubscribeProfileUpdates", output);
        Assert.Contains("ok RgSoap12Port a request without an assertion is a fault (HTTP 400)", output);
        Assert.Contains("ok RgSoap11Port a request without an assertion is a fault (HTTP 500)", output);
        Assert.Contains("node-soap every operation passed", output);
    }

    private static string TokenActingFor(string subscriber) => SecurityTokens.Text(TestIdentity.Token(new AssertionDescriptor
    {
        Audiences = TestIdentity.Audiences,
        NameId = Application,
        Lifetime = TimeSpan.FromHours(1),
        Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Subscriber] = [subscriber] },
    }));
}
