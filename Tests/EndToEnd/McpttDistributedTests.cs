using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.EndToEnd;

/// <summary>The CM façade reaches the RAF over Rp like Rg does, so it works with the RAFs in processes of their own.</summary>
[TestClass]
[DoNotParallelize]
public sealed class McpttDistributedTests
{
    [TestMethod]
    public async Task DistributedGup_UploadGetAndStaleUpload_BehaveAsEmbedded()
    {
        // Three cold processes answer their first calls slowly: generous deadlines, this test is not about them.
        await using var gup = await DistributedGup.StartAsync("--Gup:Rp:AttemptTimeout=00:00:10", "--Gup:Rp:RequestDeadline=00:00:20");
        var server = gup.Gup.BaseAddress;
        var user = await NewUserAsync(server);

        var edited = await PostAsync(server, user, Upload(user, "1", 1, Profile(user, name: "Over Rp")));
        var stale = await PostAsync(server, user, Upload(user, "1", 1, Profile(user, name: "Stale")));
        var got = await PostAsync(server, user, Get(user, "1", "1"));

        Assert.AreEqual("OK", edited.StatusCode, edited.Text);
        Assert.AreEqual("ModifiedSince", stale.Detail, stale.Text);
        var document = got.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
        Assert.AreEqual("2", (string?)document.Attribute("version"));
        Assert.AreEqual("Over Rp", document.Element(Up + "ProfileName")!.Value);
    }
}
