using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>ListUserProfiles and the active profile per device over HTTP at /mcptt/cm.</summary>
[TestClass]
public sealed class ListUserProfilesTests
{
    private static Uri Server => SharedServer.Instance.BaseAddress;

    [TestMethod]
    public async Task ListUserProfiles_OneProfile_NamesIdNameVersionAndState()
    {
        var user = await NewUserAsync(Server, name: "Patrol");
        Assert.AreEqual("OK", (await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Patrol")))).StatusCode);

        var answer = await PostAsync(Server, user, List(user));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var profile = answer.Response().Elements(Cm + "UserProfile").Single();
        Assert.AreEqual("1", profile.Element(Cm + "ProfileID")!.Value);
        Assert.AreEqual("Patrol", profile.Element(Cm + "ProfileName")!.Value);
        Assert.AreEqual("2", profile.Element(Cm + "Version")!.Value);
        Assert.AreEqual("enabled", profile.Element(Cm + "Status")!.Value);
        Assert.AreEqual("true", profile.Element(Cm + "PreSelected")!.Value);
        Assert.IsEmpty(profile.Elements(Cm + "ActiveDevice"));
    }

    [TestMethod]
    public async Task GetUserProfile_WithDeviceIds_ListShowsTheProfileActiveOnEachDevice()
    {
        var user = await NewUserAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Get(user, "1", device: "handset-b"))).StatusCode);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Get(user, "1", "1", device: "handset-a"))).StatusCode);

        var answer = await PostAsync(Server, user, List(user));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var devices = answer.Response().Element(Cm + "UserProfile")!.Elements(Cm + "ActiveDevice").Select(d => d.Value).ToArray();
        CollectionAssert.AreEqual(new[] { "handset-a", "handset-b" }, devices);
    }

    [TestMethod]
    public async Task GetUserProfile_UploadRequestedOutcome_DoesNotActivateTheProfile()
    {
        var user = await NewUserAsync(Server);
        Assert.IsNotNull((await PostAsync(Server, user, Get(user, "1", "9", device: "handset-x"))).Response().Element(Cm + "UploadRequested"));

        var answer = await PostAsync(Server, user, List(user));

        Assert.IsEmpty(answer.Response().Element(Cm + "UserProfile")!.Elements(Cm + "ActiveDevice"));
    }

    [TestMethod]
    public async Task ListUserProfiles_UserWithoutProfiles_FailsWithDoesNotExist()
    {
        var user = SharedServer.NewSubscriber("nobody");

        var answer = await PostAsync(Server, user, List(user));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DoesNotExist", answer.Detail);
    }
}
