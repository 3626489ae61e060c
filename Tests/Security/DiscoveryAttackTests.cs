using System.Net;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Saml;
using GupSoap.Tests.Integration.Discovery;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// Attacks on the Discovery Service: writing the registry without authentication or authorization (a 2026 CVE of a
/// peer accepted unauthenticated registry writes), touching another provider's entries or another subscriber's
/// associations, and misusing the tokens a Query hands out.
/// </summary>
[TestClass]
public sealed class DiscoveryAttackTests
{
    private const string Registrar = "urn:example:registrar";
    private const string OtherRegistrar = "urn:example:registrar-two";
    private const string Stranger = "urn:example:stranger";
    private static GupServer? _registrarServer;

    private static GupServer RegistrarServer => _registrarServer!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _registrarServer = await GupServer.StartAsync($"--Gup:Discovery:Registrars:0={Registrar}", $"--Gup:Discovery:Registrars:1={OtherRegistrar}");
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_registrarServer is not null)
        {
            await _registrarServer.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task SvcMdRegister_Unauthenticated_IsRefusedAndNothingStored()
    {
        var attacker = "urn:example:attacker:" + Guid.NewGuid().ToString("N");
        var body = DiscoText.Register(DiscoText.SvcMD(attacker, DiscoUris.RgServiceType, "https://evil.example/gup/rg"));

        var answer = await DiscoText.PostAsync(SharedServer.Instance, body, SoapMessages.Headers(sender: attacker, token: false));

        Assert.AreEqual(HttpStatusCode.InternalServerError, answer.Http, answer.Text);
        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.StartsWith("wsse:", answer.FaultCode);
        Assert.IsFalse(await HasEntryOfAsync(SharedServer.Instance, attacker));
    }

    [TestMethod]
    public async Task SvcMdRegister_StrangerProvider_IsForbiddenAndNothingStored()
    {
        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Register(DiscoText.SvcMD(Stranger, DiscoUris.RgServiceType, "https://evil.example/gup/rg")), DiscoText.As(Stranger));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, answer.StatusCode, answer.Text);
        Assert.IsFalse(await HasEntryOfAsync(SharedServer.Instance, Stranger));
    }

    [TestMethod]
    public async Task SvcMdReplaceAndDelete_StrangerOnTheGupServersEntry_AreForbiddenAndEntryUnchanged()
    {
        var rg = await RgEntryAsync(SharedServer.Instance);

        var replaced = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Replace(DiscoText.SvcMD(Stranger, DiscoUris.RgServiceType, "https://evil.example/gup/rg", rg.Id)), DiscoText.As(Stranger));
        var deleted = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Delete(rg.Id), DiscoText.As(Stranger));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, replaced.StatusCode, replaced.Text);
        Assert.AreEqual(DiscoStatusCodes.Forbidden, deleted.StatusCode, deleted.Text);
        Assert.AreEqual(rg, await RgEntryAsync(SharedServer.Instance));
    }

    [TestMethod]
    public async Task SvcMdReplaceAndDelete_RegistrarOnAnotherProvidersEntry_AreForbiddenAndEntryUnchanged()
    {
        var registered = await DiscoText.PostAsync(RegistrarServer, DiscoText.Register(DiscoText.SvcMD(OtherRegistrar, "urn:example:svc", $"https://{Guid.NewGuid():N}.example/svc")), DiscoText.As(OtherRegistrar));
        var id = DiscoText.SvcMdIds(registered).Single();
        var before = DiscoText.Entries(await DiscoText.PostAsync(RegistrarServer, DiscoText.SvcMdQuery(id), DiscoText.AsDeploymentService())).Single();

        var hijack = await DiscoText.PostAsync(RegistrarServer, DiscoText.Replace(DiscoText.SvcMD(Registrar, "urn:example:svc", "https://evil.example/svc", id)), DiscoText.As(Registrar));
        var deleted = await DiscoText.PostAsync(RegistrarServer, DiscoText.Delete(id), DiscoText.As(Registrar));
        var deploymentEntry = await RgEntryAsync(RegistrarServer);
        var deleteRg = await DiscoText.PostAsync(RegistrarServer, DiscoText.Delete(deploymentEntry.Id), DiscoText.As(Registrar));
        var foreignRegister = await DiscoText.PostAsync(RegistrarServer, DiscoText.Register(DiscoText.SvcMD(OtherRegistrar, "urn:example:x", "https://evil.example/x")), DiscoText.As(Registrar));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, hijack.StatusCode, hijack.Text);
        Assert.AreEqual(DiscoStatusCodes.Forbidden, deleted.StatusCode, deleted.Text);
        Assert.AreEqual(DiscoStatusCodes.Forbidden, deleteRg.StatusCode, deleteRg.Text);
        Assert.AreEqual(DiscoStatusCodes.Forbidden, foreignRegister.StatusCode, foreignRegister.Text);
        Assert.AreEqual(before, DiscoText.Entries(await DiscoText.PostAsync(RegistrarServer, DiscoText.SvcMdQuery(id), DiscoText.AsDeploymentService())).Single());
        Assert.AreEqual(deploymentEntry, await RgEntryAsync(RegistrarServer));
    }

    [TestMethod]
    public async Task QueryToken_PresentedToAnotherAudience_IsRefused()
    {
        var token = await RgTokenAsync();

        var answer = await SoapHttp.PostAsync(SharedServer.Instance.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/"), SecurityTokens.Headers(token, TestIdentity.TestProvider)));

        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
        Assert.Contains("audience", answer.Fault!.Value);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task QueryToken_OverPlainHttpWithoutAllowNullBearer_IsRefused()
    {
        var token = await RgTokenAsync();
        await using var strict = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false");
        var query = RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName");

        var refused = await RgText.PostAsync(strict.Rg, query, SecurityTokens.Headers(token, TestIdentity.TestProvider));
        var serviceCall = SecurityTokens.FromServer(SecurityTokens.For(TestIdentity.TestProvider, "urn:gupsoap:gup-server") with
        {
            Attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = [TestIdentity.TestProvider], [GupAttributes.ServiceCall] = ["true"] },
        });
        var control = await RgText.PostAsync(strict.Rg, query, SecurityTokens.Headers(serviceCall, TestIdentity.TestProvider));

        Assert.IsNotNull(refused.Fault, refused.Text);
        Assert.AreEqual("wsse:InvalidSecurity", refused.FaultCode, refused.Text);
        Assert.DoesNotContain("Alice", refused.Text);
        Assert.AreEqual("OK", control.StatusCode, control.Text);
    }

    [TestMethod]
    public async Task Query_RequestorClaimingTheDeploymentsProviderId_IsForbiddenAndGetsNoToken()
    {
        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Query(DiscoUris.RgServiceType), DiscoText.As("urn:gupsoap:gup-server"));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, answer.StatusCode, answer.Text);
        Assert.IsEmpty(answer.Body.Descendants(DiscoText.Sec + "Token"));
    }

    [TestMethod]
    public async Task AssociationAdd_TargetIdentityNamingAnotherSubscriber_IsForbiddenAndNothingAssociated()
    {
        var rg = await RgEntryAsync(SharedServer.Instance);
        var bob = SharedServer.NewSubscriber("bob");
        var alice = SharedServer.NewSubscriber("alice");
        var target = $"""<sb:TargetIdentity xmlns:sb="{Namespaces.SoapBinding}"><saml2:NameID xmlns:saml2="{Namespaces.Saml2}">{alice}</saml2:NameID></sb:TargetIdentity>""";

        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationAdd(rg.Id), DiscoText.As(TestIdentity.TestProvider, bob, extra: target));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, answer.StatusCode, answer.Text);
        Assert.IsEmpty(DiscoText.SvcMdIds(await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationQuery(), DiscoText.As(TestIdentity.TestProvider, alice))));
        Assert.IsEmpty(DiscoText.SvcMdIds(await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationQuery(), DiscoText.As(TestIdentity.TestProvider, bob))));
    }

    [TestMethod]
    public async Task AssociationDelete_AnotherSubscribersAssociation_IsNotFoundAndKept()
    {
        var rg = await RgEntryAsync(SharedServer.Instance);
        var alice = SharedServer.NewSubscriber("alice");
        var added = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationAdd(rg.Id), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.AreEqual(DiscoStatusCodes.Ok, added.StatusCode, added.Text);

        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationDelete(rg.Id), DiscoText.As(Stranger, SharedServer.NewSubscriber("mallory")));

        Assert.AreEqual(DiscoStatusCodes.NotFound, answer.StatusCode, answer.Text);
        CollectionAssert.AreEqual(new[] { rg.Id }, DiscoText.SvcMdIds(await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationQuery(), DiscoText.As(TestIdentity.TestProvider, alice))).ToArray());
    }

    [TestMethod]
    public async Task AssociationAdd_RequestorWithoutSubscriber_IsForbidden()
    {
        var rg = await RgEntryAsync(SharedServer.Instance);

        var answer = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.AssociationAdd(rg.Id), DiscoText.As(Stranger));

        Assert.AreEqual(DiscoStatusCodes.Forbidden, answer.StatusCode, answer.Text);
    }

    private static async Task<bool> HasEntryOfAsync(GupServer server, string provider) =>
        DiscoText.Entries(await DiscoText.PostAsync(server, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService())).Any(e => e.Provider == provider);

    private static async Task<(string Id, string Provider, string ServiceType, string Address)> RgEntryAsync(GupServer server) =>
        DiscoText.Entries(await DiscoText.PostAsync(server, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService())).Single(e => e.ServiceType == DiscoUris.RgServiceType);

    private static async Task<System.Xml.Linq.XElement> RgTokenAsync()
    {
        var found = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Query(DiscoUris.RgServiceType), DiscoText.As(TestIdentity.TestProvider));
        Assert.AreEqual(DiscoStatusCodes.Ok, found.StatusCode, found.Text);
        return DiscoText.Token(found.Body.Descendants(DiscoText.Wsa + "EndpointReference").Single());
    }
}
