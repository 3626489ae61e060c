using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Redirect mode from an independent SOAP stack: python zeep asks the GUP Server through the Rg WSDL, follows the
/// redirect to the RAF through the Rp WSDL with the one-time assertion, and sees its replay refused.
/// </summary>
[TestClass]
public sealed class ZeepRedirectTests
{
    private static string Script => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "redirect_flow.py");

    [TestMethod]
    public async Task Zeep_RedirectThenRpWithTheAssertion_SucceedsOnceOnSoap11AndSoap12()
    {
        await using var server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported");

        var (exitCode, output) = await PythonScript.RunAsync(Script, server.Rg.ToString());

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("zeep redirect flow passed", output);
    }
}
