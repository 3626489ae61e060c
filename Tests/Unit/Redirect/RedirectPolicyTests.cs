using GupSoap.Contracts.Gup;
using GupSoap.Core.Security;
using GupSoap.Server.Redirect;

namespace GupSoap.Tests.Unit.Redirect;

[TestClass]
public sealed class RedirectPolicyTests
{
    private static readonly RequestorContext App = new()
    {
        ProviderId = "urn:gupsoap:app:one",
        ApplicationId = "billing",
        Mechanism = SecurityMechanisms.TlsBearer,
        Issuer = "urn:idp",
        AssertionId = "_a",
    };

    [TestMethod]
    [DataRow(RedirectMode.Never, null, false)]
    [DataRow(RedirectMode.Never, "Preferred", false)]
    [DataRow(RedirectMode.WhenPreferred, "Supported", false)]
    [DataRow(RedirectMode.WhenPreferred, "Preferred", true)]
    [DataRow(RedirectMode.WhenSupported, "None", false)]
    [DataRow(RedirectMode.WhenSupported, null, false)]
    [DataRow(RedirectMode.WhenSupported, "Supported", true)]
    [DataRow(RedirectMode.WhenSupported, "Preferred", true)]
    [DataRow(RedirectMode.WhenSupported, "Sometimes", false)]
    public void Chooses_ModeAndIndication_DecideTogether(RedirectMode mode, string? indication, bool expected)
    {
        var policy = new RedirectPolicy(new RedirectOptions { Mode = mode });

        Assert.AreEqual(expected, policy.Chooses(App, indication is null ? null : new RequestorData { RedirectionIndication = indication }));
    }

    [TestMethod]
    public void Chooses_ApplicationEntry_WinsOverProviderEntryAndDefault()
    {
        var policy = new RedirectPolicy(new RedirectOptions
        {
            Mode = RedirectMode.WhenSupported,
            Requestors = [new RequestorRedirect { Id = App.ProviderId, Mode = RedirectMode.Never }, new RequestorRedirect { Id = "billing", Mode = RedirectMode.WhenPreferred }],
        });

        Assert.IsFalse(policy.Chooses(App, new RequestorData { RedirectionIndication = "Supported" }));
        Assert.IsTrue(policy.Chooses(App, new RequestorData { RedirectionIndication = "Preferred" }));
        Assert.IsFalse(policy.Chooses(App with { ApplicationId = null }, new RequestorData { RedirectionIndication = "Preferred" }));
    }

    [TestMethod]
    public void Chooses_SystemRequestor_NeverRedirected()
    {
        var policy = new RedirectPolicy(new RedirectOptions { Mode = RedirectMode.WhenSupported });

        Assert.IsFalse(policy.Chooses(App with { IsSystem = true }, new RequestorData { RedirectionIndication = "Preferred" }));
    }
}
