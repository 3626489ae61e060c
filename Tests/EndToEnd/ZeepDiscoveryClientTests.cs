using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// python zeep, an independent SOAP stack, loads the Discovery WSDL, discovers the GUP Server and calls Rg Query on
/// alice with the token from the endpoint reference, through the Rg WSDL, on both SOAP versions; and, as a registrar,
/// calls every SvcMD operation.
/// </summary>
[TestClass]
public sealed class ZeepDiscoveryClientTests
{
    private const string Registrar = "urn:gupsoap:app:zeep";

    [TestMethod]
    public async Task Zeep_DiscoversRgAndQueriesAliceWithTheDiscoveredToken_OnSoap11AndSoap12()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "disco_roundtrip.py");

        var (exitCode, output) = await PythonScript.RunAsync(script, SharedServer.Instance.BaseAddress.ToString().TrimEnd('/'));

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("ok DiscoSoap12Port Rg answers alice's DisplayName", output);
        Assert.Contains("zeep discovery round trip passed", output);
    }

    [TestMethod]
    public async Task Zeep_AsRegistrar_CallsEverySvcMdOperation_OnSoap11AndSoap12()
    {
        await using var server = await GupServer.StartAsync($"--Gup:Discovery:Registrars:0={Registrar}");
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "disco_registry.py");
        var token = SecurityTokens.Text(TestIdentity.Token(new AssertionDescriptor
        {
            Audiences = TestIdentity.Audiences,
            NameId = Registrar,
            Lifetime = TimeSpan.FromHours(1),
            Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Subscriber] = ["sip:alice@example.org"] },
        }));

        var (exitCode, output) = await PythonScript.RunAsync(script, new Dictionary<string, string> { ["GUPSOAP_REGISTRAR_TOKEN"] = token },
            server.BaseAddress.ToString().TrimEnd('/'));

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("ok DiscoSoap12Port SvcMDDelete", output);
        Assert.Contains("zeep discovery registry passed", output);
    }
}
