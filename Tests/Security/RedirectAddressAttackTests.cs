using GupSoap.Tests.Integration.Redirect;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>SECURITY.md A6: redirect addresses point only at the RAFs this deployment has registered.</summary>
[TestClass]
public sealed class RedirectAddressAttackTests
{
    [TestMethod]
    public async Task Redirect_ToAnUnregisteredRepository_IsNeverIssued()
    {
        await using var server = await GupServer.StartAsync("--Gup:Redirect:Mode=WhenSupported");
        var resource = SharedServer.NewSubscriber("redirect-a6");
        var hinted = RedirectText.Indicating(RgText.CreateIn(resource, "http://169.254.169.254/raf/evil/rp", ("sub:SubscriberInfo", SoapMessages.SubscriberInfo())), "Preferred");
        var answer = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(hinted));

        // An unknown repository hint is no repository: the component goes where its type lives, never to the hint.
        Assert.DoesNotContain("169.254.169.254", answer.Text);
        Assert.AreEqual("Redirected", answer.StatusCode, answer.Text);
        Assert.IsTrue(RedirectText.Redirects(answer).All(r => r.Address == server.Rp("hss") || r.Address == server.Rp("services")), answer.Text);
    }
}
