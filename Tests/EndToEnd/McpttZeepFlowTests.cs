using System.Xml.Linq;
using GupSoap.Server.CommandLine;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// The three flows of the MCPTT user profile contribution from an independent client (python zeep on McpttCm.wsdl):
/// UE-initiated get with all outcomes, upload seen by another device and concurrent uploads (both SOAP ports), and the
/// network-initiated update: subscribe, an administrator's import, the notification, then the get.
/// </summary>
[TestClass]
public sealed class McpttZeepFlowTests
{
    private static string ServerCertificate => Path.Combine(TestIdentity.Directory, "keys", "signing-cert.pem");

    [TestMethod]
    [DataRow("McpttCmSoap11Port")]
    [DataRow("McpttCmSoap12Port")]
    public async Task Zeep_DeviceFlows_GetOutcomesUploadAndConcurrentUploadsBehave(string port)
    {
        var user = SharedServer.NewSubscriber("zeep-mcptt");
        var cm = Endpoint(SharedServer.Instance.BaseAddress).ToString();

        var (exitCode, output) = await McpttZeepScript.RunAsync("mcptt_device_flows.py", [user], cm, port, ServerCertificate, user);

        Assert.AreEqual(0, exitCode, output);
        Assert.Contains($"zeep mcptt device flows passed on {port}", output);
    }

    [TestMethod]
    public async Task Zeep_NetworkInitiatedUpdate_ImportNotifiesAndTheGetReturnsTheNewVersion()
    {
        await using var listener = await CallbackListener.StartAsync();
        var server = SharedServer.Instance.BaseAddress;
        var user = await NewUserAsync(server);
        var cm = Endpoint(server).ToString();
        var subscribed = await McpttZeepScript.RunAsync("mcptt_network_update.py", [user], "subscribe", cm, user, listener.Url("ue"));
        Assert.AreEqual(0, subscribed.ExitCode, subscribed.Output);

        var file = Path.Combine(GupServer.NewDataDirectory(), "profiles.xml");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllTextAsync(file, $"<profiles>{Profile(user, name: "Set by the administrator")}</profiles>");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await GupSoapCommandLine.RunAsync(["mcptt", "import", file, "--url", cm, $"--Gup:Security:KeyDirectory={Path.Combine(TestIdentity.Directory, "keys")}"], output, error);
        Assert.AreEqual(0, exit, output + error.ToString());
        Assert.Contains($"{user} profile 1: version 2", output.ToString());

        var notification = XDocument.Parse((await listener.NextAsync()).Body).Descendants(Cm + "ProfileUpdateNotification").Single();
        Assert.AreEqual("1", notification.Element(Cm + "ProfileID")!.Value);
        Assert.AreEqual("2", notification.Element(Cm + "NewVersion")!.Value);
        Assert.AreEqual(user, notification.Element(Cm + "MCPTTID")!.Value);

        var got = await McpttZeepScript.RunAsync("mcptt_network_update.py", [user], "get", cm, user, "1", "2", "Set by the administrator");
        Assert.AreEqual(0, got.ExitCode, got.Output);
        Assert.Contains("zeep mcptt network update passed", got.Output);
        GupServer.DeleteDirectory(Path.GetDirectoryName(file)!);
    }
}
