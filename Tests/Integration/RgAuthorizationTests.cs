using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Authorization over Rg and the RAFs' final decision (TS 23.240 §4.1.4, §4.2.1.4): subscriber rules, element-level
/// privacy after merge (SECURITY.md A8), another subscriber's profile looking absent (A7), token scope at the RAF.
/// </summary>
[TestClass]
public sealed class RgAuthorizationTests : RgAuthorizationSuite
{
    internal override GupServer Server => SharedServer.Instance;
}

/// <summary>The same decisions with every Rp call of the embedded default sent over SOAP/HTTP (<c>Gup:Rp:InProcess=false</c>).</summary>
[TestClass]
public sealed class RgAuthorizationOverSoapTests : RgAuthorizationSuite
{
    internal override GupServer Server => SharedServer.OverSoap;
}

/// <summary>Authorization over Rg against one embedded-default server.</summary>
public abstract class RgAuthorizationSuite
{
    private const string Partner = "urn:gupsoap:app:partner";
    private const string Stranger = "urn:gupsoap:app:stranger";
    private static readonly XNamespace Pres = Namespaces.Presence;
    private static readonly XNamespace Rg = Namespaces.Rg;

    internal abstract GupServer Server { get; }

    private Task<SoapHttp.SoapAnswer> AsAsync(string provider, string body) =>
        RgText.PostAsync(Server.Rg, body, SoapMessages.Headers(sender: provider));

    /// <summary>A subscriber whose rules let the partner query presence except its Note and the devices' ids.</summary>
    private async Task<string> SubscriberWithRulesAsync()
    {
        var carol = SharedServer.NewSubscriber("carol");
        const string Rules = """
            <gup:AuthorizationRules>
              <gup:DefaultEffect>Deny</gup:DefaultEffect>
              <gup:Rule id="partner-reads-presence">
                <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
                <gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings</gup:Select></gup:Target>
                <gup:Operation>Query</gup:Operation>
                <gup:Effect>Permit</gup:Effect>
              </gup:Rule>
              <gup:Rule id="but-not-the-note">
                <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
                <gup:Target>
                  <gup:Select>/gup:Profile/pres:PresenceSettings/pres:Note</gup:Select>
                  <gup:Select>/gup:Profile/pres:PresenceSettings/pres:Device/@id</gup:Select>
                </gup:Target>
                <gup:Operation>All</gup:Operation>
                <gup:Effect>Deny</gup:Effect>
              </gup:Rule>
            </gup:AuthorizationRules>
            """;
        const string Presence = """<pres:PresenceSettings><pres:Status>open</pres:Status><pres:Note>At the dentist</pres:Note><pres:Device id="secret-phone"><pres:Status>open</pres:Status></pres:Device></pres:PresenceSettings>""";
        var created = await RgText.PostAsync(Server.Rg, RgText.Create(carol, ("gup:AuthorizationRules", Rules), ("pres:PresenceSettings", Presence), ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Carol"))));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return carol;
    }

    [TestMethod]
    public async Task DemoApplication_WholeProfile_SeesOnlyWhatAliceRulesGrant()
    {
        var answer = await AsAsync("urn:gupsoap:app:demo", RgText.Query("sip:alice@example.org", "/gup:Profile"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var profile = answer.Body.Descendants(XName.Get("Profile", Namespaces.Gup)).Single();
        CollectionAssert.AreEqual(new[] { Pres + "PresenceSettings" }, profile.Elements().Select(e => e.Name).ToArray());
        Assert.DoesNotContain("46700000001", answer.Text);
    }

    [TestMethod]
    public async Task DemoApplication_QueryOfDeniedComponent_IsUnauthorizedOperation()
    {
        var answer = await AsAsync("urn:gupsoap:app:demo", RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo"));
        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.Contains("UnauthorizedOperation", answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task DemoApplication_ModifyOfReadOnlyComponent_IsUnauthorizedAndNothingChanges()
    {
        var answer = await AsAsync("urn:gupsoap:app:demo", RgText.Modify("sip:alice@example.org",
            RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Status", "<pres:Status>closed</pres:Status>", overwrite: true)));
        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.Contains("UnauthorizedOperation", answer.Text);
        var after = await RgText.PostAsync(Server.Rg, RgText.Query("sip:alice@example.org", "/gup:Profile/pres:PresenceSettings/pres:Status"));
        Assert.Contains(">open<", after.Text);
    }

    [TestMethod]
    public async Task PrivacyBypass_ParentSelect_DoesNotRevealDeniedChildOrAttribute()
    {
        var carol = await SubscriberWithRulesAsync();
        foreach (var select in new[] { "/gup:Profile", "/", "/gup:Profile/pres:PresenceSettings", "/gup:Profile/pres:PresenceSettings/*", "/gup:Profile/pres:PresenceSettings/pres:Device" })
        {
            var answer = await AsAsync(Partner, RgText.Query(carol, select));
            Assert.AreNotEqual("Failed", answer.StatusCode, select + ": " + answer.Text);
            Assert.DoesNotContain("dentist", answer.Text, select);
            Assert.DoesNotContain("secret-phone", answer.Text, select);
            Assert.DoesNotContain("Carol", answer.Text, select);
        }

        var presence = await AsAsync(Partner, RgText.Query(carol, "/gup:Profile/pres:PresenceSettings"));
        Assert.IsTrue(presence.Body.Descendants(Pres + "Status").Any(), presence.Text);
    }

    [TestMethod]
    public async Task PrivacyBypass_DirectSelectOfDeniedChild_ReturnsNothing()
    {
        var carol = await SubscriberWithRulesAsync();
        var answer = await AsAsync(Partner, RgText.Query(carol, "/gup:Profile/pres:PresenceSettings/pres:Note", "/gup:Profile/pres:PresenceSettings/pres:Device/@id"));
        Assert.DoesNotContain("dentist", answer.Text);
        Assert.DoesNotContain("secret-phone", answer.Text);
    }

    [TestMethod]
    public async Task PrivacyBypass_ThroughRafDirectly_IsRefusedByTheRaf()
    {
        var carol = await SubscriberWithRulesAsync();
        // The partner skips the GUP Server: hss holds carol's rules and applies them itself.
        var info = await SoapHttp.PostAsync(Server.Rp("hss"),
            SoapMessages.Envelope11(SoapMessages.Read(carol, "sub:SubscriberInfo", "/sub:SubscriberInfo"), SoapMessages.Headers(sender: Partner)));
        Assert.AreEqual("Failed", info.StatusCode, info.Text);
        Assert.DoesNotContain("Carol", info.Text);
        // services does not hold carol's rules; the common rules give the partner nothing there.
        var presence = await SoapHttp.PostAsync(Server.Rp("services"),
            SoapMessages.Envelope11(SoapMessages.Read(carol, "pres:PresenceSettings", "/pres:PresenceSettings"), SoapMessages.Headers(sender: Partner)));
        Assert.AreEqual("Failed", presence.StatusCode, presence.Text);
        Assert.DoesNotContain("dentist", presence.Text);
    }

    [TestMethod]
    public async Task AnotherSubscribersProfile_LooksExactlyLikeANonexistentOne()
    {
        foreach (var body in new Func<string, string>[]
        {
            r => RgText.Query(r, "/gup:Profile"),
            r => RgText.Query(r, "/gup:Profile/sub:SubscriberInfo"),
            r => RgText.Modify(r, RgText.ModifyItem("m", "/gup:Profile/sub:SubscriberInfo/sub:Language", "<sub:Language>sv</sub:Language>", overwrite: true)),
            r => RgText.Delete(r, "sub:SubscriberInfo"),
        })
        {
            var existing = await AsAsync(Stranger, body("sip:alice@example.org"));
            var missing = await AsAsync(Stranger, body("sip:alice@example.org".Replace("alice", "nobody-" + Guid.NewGuid().ToString("N"), StringComparison.Ordinal)));
            Assert.AreEqual(Normalise(missing), Normalise(existing));
            Assert.DoesNotContain("Alice", existing.Text);
        }
    }

    private static string Normalise(SoapHttp.SoapAnswer answer)
    {
        var body = new XElement(answer.Body);
        foreach (var attribute in body.Descendants().Attributes("timeStamp").ToList())
        {
            attribute.Remove();
        }

        return body.ToString(SaveOptions.DisableFormatting);
    }

    [TestMethod]
    public async Task SubscriberThemself_ReadsOwnProfile_NotSomeoneElses()
    {
        var carol = await SubscriberWithRulesAsync();
        var self = SecurityTokens.FromIdp(SecurityTokens.For() with
        {
            NameId = carol,
            NameIdFormat = "urn:oasis:names:tc:SAML:2.0:nameid-format:unspecified",
            SpNameQualifier = "urn:gupsoap:app:carols-phone",
        });
        var own = await RgText.PostAsync(Server.Rg, RgText.Query(carol, "/gup:Profile/sub:SubscriberInfo"), SecurityTokens.Headers(new XElement(self), "urn:gupsoap:app:carols-phone"));
        Assert.AreEqual("OK", own.StatusCode, own.Text);
        Assert.Contains("Carol", own.Text);
        var other = await RgText.PostAsync(Server.Rg, RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo"), SecurityTokens.Headers(new XElement(self), "urn:gupsoap:app:carols-phone"));
        Assert.AreEqual("Failed", other.StatusCode, other.Text);
        Assert.DoesNotContain("Alice", other.Text);
    }

    [TestMethod]
    public async Task ScopedToken_UsedForAnotherResource_IsRefusedByTheRaf()
    {
        var token = SecurityTokens.FromServer(new Core.Saml.AssertionDescriptor
        {
            Audiences = ["urn:gupsoap:raf:hss"],
            NameId = TestIdentity.TestProvider,
            Attributes = new Dictionary<string, IReadOnlyList<string>>
            {
                [Core.Saml.GupAttributes.Requestor] = [TestIdentity.TestProvider],
                [Core.Saml.GupAttributes.ScopeResource] = ["sip:bob@example.org"],
                [Core.Saml.GupAttributes.ScopeOperation] = ["ReadData"],
            },
        });
        var read = SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo");
        var answer = await SoapHttp.PostAsync(Server.Rp("hss"), SoapMessages.Envelope11(read, SecurityTokens.Headers(token, "urn:gupsoap:gup-server")));
        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.Contains("UnauthorizedOperation", answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }
}
