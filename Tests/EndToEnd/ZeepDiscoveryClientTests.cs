using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// python zeep, an independent SOAP stack, loads the Discovery WSDL, discovers the GUP Server and calls Rg Query on
/// alice with the token from the endpoint reference, through the Rg WSDL, on both SOAP versions.
/// </summary>
[TestClass]
public sealed class ZeepDiscoveryClientTests
{
    [TestMethod]
    public async Task Zeep_DiscoversRgAndQueriesAliceWithTheDiscoveredToken_OnSoap11AndSoap12()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "disco_roundtrip.py");

        var (exitCode, output) = await PythonScript.RunAsync(script, SharedServer.Instance.BaseAddress.ToString().TrimEnd('/'));

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("ok DiscoSoap12Port Rg answers alice's DisplayName", output);
        Assert.Contains("zeep discovery round trip passed", output);
    }
}
