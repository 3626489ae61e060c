using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// python zeep against a deployment with an operator-defined component type in its schema directory: the Rg WSDL
/// imports the type's schema, so zeep creates, reads (as a typed object), modifies, lists and deletes it like a
/// built-in one, on both ports.
/// </summary>
[TestClass]
public sealed class ZeepOperatorTypeTests
{
    private static string Script => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "zeep", "operator_type.py");

    [TestMethod]
    public async Task Zeep_OperatorTypeThroughTheWsdl_TypedOnSoap11AndSoap12()
    {
        await using var server = await OperatorSchema.StartAsync(OperatorSchema.NewDataDirectory(), ownsDataDirectory: true);

        var (exitCode, output) = await PythonScript.RunAsync(Script, server.Rg.ToString());

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains("zeep operator type passed", output);
    }
}
