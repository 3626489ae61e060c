using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Security;

/// <summary>
/// Attacks on MCPTT configuration management (SECURITY.md A1, A7, S-attacks): another user's profiles answer exactly
/// like profiles that do not exist, and nothing of them is read or written; no token is no service; a callback to a
/// private or metadata address is refused at subscribe time.
/// </summary>
[TestClass]
public sealed class McpttCmAttackTests
{
    private const string Alice = "sip:alice@example.org";

    private static Uri Server => SharedServer.Instance.BaseAddress;

    /// <summary>The answer for a user that has no profiles at all, to compare with.</summary>
    private static async Task<SoapHttp.SoapAnswer> NotFoundAsync(Func<string, string> body)
    {
        var nobody = SharedServer.NewSubscriber("nobody");
        return await PostAsync(Server, nobody, body(nobody));
    }

    private static void AssertSameRefusal(SoapHttp.SoapAnswer expected, SoapHttp.SoapAnswer actual)
    {
        Assert.AreEqual("Failed", actual.StatusCode, actual.Text);
        Assert.AreEqual(expected.ErrorType, actual.ErrorType, actual.Text);
        Assert.AreEqual(expected.Detail, actual.Detail, actual.Text);
        Assert.AreEqual((string?)expected.Status.Attribute("comment"), (string?)actual.Status.Attribute("comment"));
        Assert.DoesNotContain("At home", actual.Text);
    }

    [TestMethod]
    public async Task GetUserProfile_OfAnotherUser_AnswersAsNotFound()
    {
        var mallory = SharedServer.NewSubscriber("mallory");

        var answer = await PostAsync(Server, mallory, Get(Alice, "1"));

        AssertSameRefusal(await NotFoundAsync(u => Get(u, "1")), answer);
        Assert.AreEqual("DoesNotExist", answer.Detail);
    }

    [TestMethod]
    public async Task ListUserProfiles_OfAnotherUser_AnswersAsNotFound()
    {
        var mallory = SharedServer.NewSubscriber("mallory");

        var answer = await PostAsync(Server, mallory, List(Alice));

        AssertSameRefusal(await NotFoundAsync(List), answer);
    }

    [TestMethod]
    public async Task UploadUserProfile_OverAnotherUsersProfile_AnswersAsNotFoundAndWritesNothing()
    {
        var victim = await NewUserAsync(Server);
        var mallory = SharedServer.NewSubscriber("mallory");

        var answer = await PostAsync(Server, mallory, Upload(victim, "1", 1, Profile(victim, name: "Hijacked")));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DoesNotExist", answer.Detail, answer.Text);
        var own = await PostAsync(Server, victim, Get(victim, "1", "1"));
        Assert.AreEqual("1", (string?)own.Response().Element(Cm + "Synchronized")?.Attribute("version"), own.Text);
    }

    [TestMethod]
    public async Task SubscribeProfileUpdates_ToAnotherUsersProfiles_AnswersAsNotFound()
    {
        var mallory = SharedServer.NewSubscriber("mallory");

        var answer = await PostAsync(Server, mallory, Subscribe(Alice, "http://127.0.0.1:1/spy", DateTimeOffset.UtcNow.AddHours(1)));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DoesNotExist", answer.Detail, answer.Text);
    }

    [TestMethod]
    public async Task GetUserProfile_WithoutToken_IsFailedAuthentication()
    {
        var answer = await PostAsync(Server, Alice, Get(Alice, "1"), SoapMessages.Headers(sender: Device, token: false));

        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
        Assert.AreEqual("AuthenticationError", answer.ErrorType);
        Assert.DoesNotContain("At home", answer.Text);
    }

    [TestMethod]
    [DataRow("http://169.254.169.254/latest/meta-data/")]
    [DataRow("http://10.0.0.7/callback")]
    [DataRow("http://192.168.1.10/callback")]
    [DataRow("file:///etc/passwd")]
    public async Task SubscribeProfileUpdates_CallbackToPrivateAddress_IsRefused(string notifyTo)
    {
        var user = await NewUserAsync(Server);

        var answer = await PostAsync(Server, user, Subscribe(user, notifyTo, DateTimeOffset.UtcNow.AddHours(1)));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType, answer.Text);
        Assert.Contains("NotifyTo", answer.Text);
    }
}
