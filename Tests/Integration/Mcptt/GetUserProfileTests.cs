using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>GetUserProfile over HTTP at /mcptt/cm: each outcome of the decision table and each failure.</summary>
[TestClass]
public sealed class GetUserProfileTests
{
    private static Uri Server => SharedServer.Instance.BaseAddress;

    [TestMethod]
    public async Task GetUserProfile_DeviceHoldsNone_AnswersTheSignedProfileWithItsVersion()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "1", "None"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var document = answer.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
        Assert.AreEqual("1", (string?)document.Attribute("profileId"));
        Assert.AreEqual("1", (string?)document.Attribute("version"));
        Assert.AreEqual(user, document.Element(Up + "MCPTTID")!.Value);
        Assert.AreEqual("Signature", document.Elements().Last().Name.LocalName, "the signature is the document's last child");
        Assert.IsNull(answer.Response().Element(Cm + "Synchronized"));
    }

    [TestMethod]
    public async Task GetUserProfile_DeviceHoldsTheServerVersion_AnswersSynchronized()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "1", "1"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("1", (string?)answer.Response().Element(Cm + "Synchronized")?.Attribute("version"));
        Assert.IsNull(answer.Response().Element(Cm + "Profile"));
    }

    [TestMethod]
    public async Task GetUserProfile_DeviceHoldsANewerVersion_AnswersUploadRequested()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "1", "7"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("1", (string?)answer.Response().Element(Cm + "UploadRequested")?.Attribute("version"));
        Assert.IsNull(answer.Response().Element(Cm + "Profile"));
    }

    [TestMethod]
    public async Task GetUserProfile_DeviceHoldsAnOlderVersion_AnswersTheProfile()
    {
        var user = await NewUserAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Renamed")))).StatusCode);

        var answer = await PostAsync(Server, user, Get(user, "1", "1"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var document = answer.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
        Assert.AreEqual("2", (string?)document.Attribute("version"));
        Assert.AreEqual("Renamed", document.Element(Up + "ProfileName")!.Value);
    }

    [TestMethod]
    public async Task GetUserProfile_DesiredVersionThatNeverExisted_FailsWithInvalidParameter()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "1", "None", desired: "9"));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
        Assert.Contains("never existed", answer.Text);
        Assert.IsNull(answer.Response().Element(Cm + "Profile"));
    }

    [TestMethod]
    public async Task GetUserProfile_DesiredOlderVersion_FailsWithDataUnavailable()
    {
        var user = await NewUserAsync(Server);
        Assert.AreEqual("OK", (await PostAsync(Server, user, Upload(user, "1", 1, Profile(user, name: "Second")))).StatusCode);

        var answer = await PostAsync(Server, user, Get(user, "1", desired: "1"));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DataUnavailable", answer.ErrorType);
        Assert.Contains("Only the current version", answer.Text);
    }

    [TestMethod]
    public async Task GetUserProfile_DesiredCurrentVersion_IsLikeLatest()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "1", desired: "1"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.IsNotNull(answer.Response().Element(Cm + "Profile"));
    }

    [TestMethod]
    public async Task GetUserProfile_UnknownProfileId_FailsWithDoesNotExist()
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, "42"));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DataUnavailable", answer.ErrorType);
        Assert.AreEqual("DoesNotExist", answer.Detail);
    }

    [TestMethod]
    [DataRow("1", "soon")]
    [DataRow("x'y", "None")]
    public async Task GetUserProfile_MalformedField_FailsWithInvalidParameter(string profileId, string ueVersion)
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Get(user, profileId.Replace("'", "&apos;", StringComparison.Ordinal), ueVersion));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType);
    }

    [TestMethod]
    public async Task GetUserProfile_DemoSubscriber_HasProfileOneAtHomeWithTheSipUriAsMcpttId()
    {
        const string alice = "sip:alice@example.org";

        var answer = await PostAsync(Server, alice, Get(alice, "1"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var document = answer.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!;
        Assert.AreEqual(alice, document.Element(Up + "MCPTTID")!.Value);
        Assert.AreEqual("At home", document.Element(Up + "ProfileName")!.Value);
        Assert.AreEqual("true", document.Element(Up + "PreSelected")!.Value);
    }
}
