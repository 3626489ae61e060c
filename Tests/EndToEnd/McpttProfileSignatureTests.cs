using System.Xml.Linq;
using GupSoap.Tests.EndToEnd.Interop;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Profiles delivered by GetUserProfile carry the server's enveloped signature: xmlsec1, pinned to the server's
/// certificate (no key from the document is used), verifies the document as received and rejects a tampered copy.
/// </summary>
[TestClass]
public sealed class McpttProfileSignatureTests
{
    private const string ProfileNode = "urn:3gpp:mcptt:user-profile:1.0:mcptt-user-profile";

    private static string ServerCertificate => Path.Combine(TestIdentity.Directory, "keys", "signing-cert.pem");

    private static async Task<XElement> DeliveredAsync()
    {
        var server = SharedServer.Instance.BaseAddress;
        var user = await NewUserAsync(server);
        var answer = await PostAsync(server, user, Get(user, "1"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
    }

    private static async Task<ToolRun> VerifyAsync(string xml)
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("profile.xml");
        await File.WriteAllTextAsync(path, xml);
        return await ExternalTool.RunAsync("/usr/bin/xmlsec1", "xmlsec1",
        [
            "--verify",
            "--enabled-reference-uris", "same-doc",
            "--enabled-key-data", "raw-x509-cert",
            "--pubkey-cert-pem", ServerCertificate,
            "--id-attr:ID", ProfileNode,
            path,
        ], CancellationToken.None);
    }

    [TestMethod]
    public async Task GetUserProfile_DeliveredProfile_VerifiesWithXmlsec1PinnedToTheServerCertificate()
    {
        var document = await DeliveredAsync();

        var run = await VerifyAsync(document.ToString(SaveOptions.DisableFormatting));

        Assert.AreEqual(0, run.ExitCode, run.Output);
        Assert.Contains("OK", run.Output);
    }

    [TestMethod]
    public async Task GetUserProfile_TamperedProfile_FailsXmlsec1Verification()
    {
        var document = await DeliveredAsync();
        document.Element(Up + "ProfileName")!.Value = "Tampered";

        var run = await VerifyAsync(document.ToString(SaveOptions.DisableFormatting));

        Assert.AreNotEqual(0, run.ExitCode, run.Output);
    }
}
