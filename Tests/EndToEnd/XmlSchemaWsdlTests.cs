using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// python xmlschema (Debian python3-xmlschema), an independent XML Schema processor, loads every WSDL by URL with the
/// schemas beside it and validates live answers (typed components, QNames with well-known prefixes, Data/@value).
/// </summary>
[TestClass]
public sealed class XmlSchemaWsdlTests
{
    [TestMethod]
    public async Task XmlSchema_LoadsEveryWsdlAndValidatesLiveAnswers()
    {
        var script = Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "xmlschema_wsdls.py");

        var (exitCode, output) = await PythonScript.RunAsync(script, SharedServer.Instance.BaseAddress.ToString().TrimEnd('/'));

        Assert.DoesNotContain("No module named 'xmlschema'", output, "python3-xmlschema is missing: run 'apt-get install -y python3-xmlschema' (.ci/run does this).");
        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("ok Rg QueryResponse (typed components, Data/@value) validates", output);
        Assert.Contains("xmlschema check passed", output);
    }
}
