using System.Xml.Linq;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>
/// Several profiles per MCPTT ID, each its own document with its own version (the RAF's storage contract: one
/// mcptt-user-profile instance per profileId) seen through the configuration management façade.
/// </summary>
[TestClass]
public sealed class MultiProfileStorageContractTests
{
    private static Uri Server => SharedServer.Instance.BaseAddress;

    private static async Task<string> UserWithTwoProfilesAsync(Uri server)
    {
        var user = await NewUserAsync(server);
        var second = await PostAsync(server, user, Upload(user, "2", 0, Profile(user, profileId: "2", name: "Mutual aid")));
        Assert.AreEqual("OK", second.StatusCode, second.Text);
        Assert.AreEqual(1, second.StoredVersion());
        return user;
    }

    private static XElement Listed(SoapHttp.SoapAnswer answer, string profileId) =>
        answer.Response().Elements(Cm + "UserProfile").Single(p => p.Element(Cm + "ProfileID")!.Value == profileId);

    [TestMethod]
    public async Task UploadUserProfile_SecondProfileId_IsANewDocumentWithItsOwnVersion()
    {
        var user = await UserWithTwoProfilesAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "At home, edited")))).StatusCode);

        var list = await PostAsync(Server, user, List(user));

        Assert.AreEqual("OK", list.StatusCode, list.Text);
        Assert.AreEqual("2", Listed(list, "1").Element(Cm + "Version")!.Value);
        Assert.AreEqual("1", Listed(list, "2").Element(Cm + "Version")!.Value);
        Assert.AreEqual("Mutual aid", Listed(list, "2").Element(Cm + "ProfileName")!.Value);
    }

    [TestMethod]
    public async Task GetUserProfile_SelectingAnotherProfileOnADevice_DeactivatesThePreviousOneThereOnly()
    {
        var user = await UserWithTwoProfilesAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Get(user, "1", device: "handset"))).StatusCode);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Get(user, "1", device: "vehicle"))).StatusCode);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Get(user, "2", device: "handset"))).StatusCode);

        var list = await PostAsync(Server, user, List(user));

        CollectionAssert.AreEqual(new[] { "vehicle" }, Listed(list, "1").Elements(Cm + "ActiveDevice").Select(d => d.Value).ToArray());
        CollectionAssert.AreEqual(new[] { "handset" }, Listed(list, "2").Elements(Cm + "ActiveDevice").Select(d => d.Value).ToArray());
    }

    [TestMethod]
    public async Task UploadUserProfile_ConcurrentUploadsOfDifferentProfiles_BothSucceed()
    {
        var user = await UserWithTwoProfilesAsync(Server);

        var answers = await Task.WhenAll(
            PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "One"))),
            PostAsync(Server, user, Upload(user, "2", 1, Profile(user, profileId: "2", name: "Two"))));

        Assert.IsTrue(answers.All(a => a.StatusCode == "OK"), string.Join("\n", answers.Select(a => a.Text)));
        Assert.IsTrue(answers.All(a => a.StoredVersion() == 2));
    }

    [TestMethod]
    public async Task UploadUserProfile_ExistingProfileIdWithBaseVersionZero_IsNotOverwritten()
    {
        var user = await UserWithTwoProfilesAsync(Server);

        var answer = await PostAsync(Server, user, Upload(user, "2", 0, Profile(user, profileId: "2", name: "Again")));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        var kept = await PostAsync(Server, user, Get(user, "2"));
        Assert.AreEqual("Mutual aid", kept.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!.Element(Up + "ProfileName")!.Value);
    }

    [TestMethod]
    public async Task SubscribeProfileUpdates_ToProfileTwo_IsToldOfItsChangesOnly()
    {
        await using var listener = await CallbackListener.StartAsync();
        await using var server = await GupServer.StartAsync("--Gup:Notifications:PollInterval=00:00:00.100");
        var user = await UserWithTwoProfilesAsync(server.BaseAddress);
        var subscribed = await PostAsync(server.BaseAddress, user, Subscribe(user, listener.Url(), DateTimeOffset.UtcNow.AddHours(1), "2"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        Assert.AreEqual("OK", (await PostAsync(server.BaseAddress, user, Upload(user, "1", 1, Profile(user, name: "Not watched")))).StatusCode);
        Assert.AreEqual("OK", (await PostAsync(server.BaseAddress, user, Upload(user, "2", 1, Profile(user, profileId: "2", name: "Watched")))).StatusCode);

        var notification = XDocument.Parse((await listener.NextAsync()).Body).Descendants(Cm + "ProfileUpdateNotification").Single();
        Assert.AreEqual("2", notification.Element(Cm + "ProfileID")!.Value);
        Assert.AreEqual("2", notification.Element(Cm + "NewVersion")!.Value);
        Assert.HasCount(1, listener.Received);
    }

    [TestMethod]
    public async Task ListUserProfiles_DemoSubscriber_HasTheThreeDemoProfiles()
    {
        const string alice = "sip:alice@example.org";

        var list = await PostAsync(Server, alice, List(alice));

        Assert.AreEqual("OK", list.StatusCode, list.Text);
        CollectionAssert.AreEqual(new[] { "At home", "Mutual aid", "Limited device" },
            list.Response().Elements(Cm + "UserProfile").Select(p => p.Element(Cm + "ProfileName")!.Value).ToArray());
        Assert.AreEqual("true", Listed(list, "1").Element(Cm + "PreSelected")!.Value);
    }
}
