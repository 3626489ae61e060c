using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>UploadUserProfile over HTTP at /mcptt/cm: create, replace on the current version, and every refusal writes nothing.</summary>
[TestClass]
public sealed class UploadUserProfileTests
{
    private static Uri Server => SharedServer.Instance.BaseAddress;

    private static async Task<string> NameOfAsync(string user)
    {
        var answer = await PostAsync(Server, user, Get(user, "1"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        return answer.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!.Element(Up + "ProfileName")!.Value;
    }

    [TestMethod]
    public async Task UploadUserProfile_NewProfileWithBaseVersionZero_IsCreatedAsVersionOne()
    {
        var user = SharedServer.NewSubscriber("mcptt");

        var answer = await PostAsync(Server, user, Upload(user, "1", 0, Profile(user)));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual(1, answer.StoredVersion());
    }

    [TestMethod]
    public async Task UploadUserProfile_OnTheCurrentVersion_StoresTheNextVersion()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Night shift")));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual(2, answer.StoredVersion());
        Assert.AreEqual("Night shift", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_OnAnOlderVersion_FailsWithModifiedSinceAndOverwritesNothing()
    {
        var user = await NewUserAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Device A")))).StatusCode);

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Device B")));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.AreEqual("ModifiedSince", answer.Detail);
        Assert.AreEqual("Device A", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_ConcurrentUploadsOnOneVersion_OneWinsTheOtherGetsModifiedSince()
    {
        var user = await NewUserAsync(Server);

        var answers = await Task.WhenAll(
            PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Device A"), device: "A")),
            PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Device B"), device: "B")));

        Assert.AreEqual(1, answers.Count(a => a.StatusCode == "OK"), string.Join("\n", answers.Select(a => a.Text)));
        var loser = answers.Single(a => a.StatusCode != "OK");
        Assert.AreEqual("ModifiedSince", loser.Detail, loser.Text);
        var winner = answers[0].StatusCode == "OK" ? "Device A" : "Device B";
        Assert.AreEqual(winner, await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_BaseVersionThatNeverExisted_FailsWithInvalidParameter()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Upload(user, "1", 5, Profile(user, name: "From the future")));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.IsNull(answer.Detail);
        Assert.AreEqual("At home", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_ProfileIdDiffersFromTheDocument_FailsWithInvalidData()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, profileId: "2")));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidData", answer.Detail);
    }

    [TestMethod]
    public async Task UploadUserProfile_DocumentAgainstTheSchema_FailsWithInvalidDataAndOverwritesNothing()
    {
        var user = await NewUserAsync(Server);
        var invalid = Profile(user).Replace("<up:Status>enabled</up:Status>", "<up:Status>sometimes</up:Status>", StringComparison.Ordinal);

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, invalid));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidData", answer.Detail);
        Assert.AreEqual("At home", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_SignedProfileAsReceived_IsStoredWithoutTheSignature()
    {
        var user = await NewUserAsync(Server);
        var received = (await PostAsync(Server, user, Get(user, "1"))).Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
        received.Element(Up + "ProfileName")!.Value = "Edited on the device";

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, received.ToString(System.Xml.Linq.SaveOptions.DisableFormatting)));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("Edited on the device", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_SecondProfileIdOfAUser_IsCreatedNeverOverwritingTheFirst()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Upload(user, "2", 0, Profile(user, profileId: "2", name: "Mutual aid")));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("At home", await NameOfAsync(user));
    }

    [TestMethod]
    public async Task UploadUserProfile_Simulated_AnswersOkAndWritesNothing()
    {
        var user = await NewUserAsync(Server);
        var simulate = $"""<sb:ProcessingContext xmlns:sb="urn:liberty:sb:2006-08">{GupSoap.Contracts.Namespaces.ProcessingContextSimulate}</sb:ProcessingContext>""";

        var answer = await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Dry run")), UserHeaders(user, extra: simulate));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("At home", await NameOfAsync(user));
    }
}
