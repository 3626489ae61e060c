using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// python zeep (Debian python3-zeep), an independent SOAP stack, loads the Rg WSDL by URL and runs the full Rg round
/// trip on both ports: against the embedded default and against the distributed process model.
/// </summary>
[TestClass]
public sealed class ZeepRgClientTests
{
    private static string Script => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "rg_roundtrip.py");

    [TestMethod]
    public async Task Zeep_LoadsWsdlAndRunsRgRoundTrip_OnSoap11AndSoap12()
    {
        var (exitCode, output) = await PythonScript.RunAsync(Script, SharedServer.Instance.Rg.ToString());
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("zeep rg round trip passed", output);
    }

    [TestMethod]
    public async Task Zeep_DistributedGup_RunsRgRoundTrip()
    {
        await using var gup = await DistributedGup.StartAsync();
        var (exitCode, output) = await PythonScript.RunAsync(Script, gup.Rg.ToString());
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("zeep rg round trip passed", output);
    }
}
