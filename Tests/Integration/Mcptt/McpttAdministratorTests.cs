using GupSoap.Core.Saml;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.Mcptt.McpttText;

namespace GupSoap.Tests.Integration.Mcptt;

/// <summary>
/// Administrators (<c>Gup:Mcptt:Administrators</c>, home network providers) read and write every user's profiles; a
/// provider not configured gets only what the rules grant it, and a profile it may not know of does not exist for it.
/// </summary>
[TestClass]
public sealed class McpttAdministratorTests
{
    private const string Administrator = "urn:gupsoap:app:mcptt-admin";
    private const string Stranger = "urn:gupsoap:app:mcptt-stranger";

    private static string Headers(string provider) =>
        SecurityTokens.Headers(TestIdentity.Token(new AssertionDescriptor { Audiences = TestIdentity.Audiences, NameId = provider, Lifetime = TimeSpan.FromMinutes(10) }), provider);

    [TestMethod]
    public async Task UploadUserProfile_ByConfiguredAdministrator_ReplacesAnyUsersProfile()
    {
        await using var server = await GupServer.StartAsync($"--Gup:Mcptt:Administrators:0={Administrator}");
        var user = await NewUserAsync(server.BaseAddress);

        var read = await PostAsync(server.BaseAddress, user, Get(user, "1"), Headers(Administrator));
        var written = await PostAsync(server.BaseAddress, user, Upload(user, "1", 1, Profile(user, name: "Set by the operator")), Headers(Administrator));

        Assert.AreEqual("OK", read.StatusCode, read.Text);
        Assert.AreEqual("OK", written.StatusCode, written.Text);
        Assert.AreEqual(2, written.StoredVersion());
        var seen = await PostAsync(server.BaseAddress, user, Get(user, "1", "1"));
        Assert.AreEqual("Set by the operator", seen.Response().Element(Cm + "Profile")!.Element(Up + "mcptt-user-profile")!.Element(Up + "ProfileName")!.Value);
    }

    [TestMethod]
    public async Task GetUserProfile_ByProviderNotConfigured_AnswersAsNotFound()
    {
        await using var server = await GupServer.StartAsync($"--Gup:Mcptt:Administrators:0={Administrator}");
        var user = await NewUserAsync(server.BaseAddress);

        var answer = await PostAsync(server.BaseAddress, user, Get(user, "1"), Headers(Stranger));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("DoesNotExist", answer.Detail);
    }
}
