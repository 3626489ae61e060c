using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Integration;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md A8 for a component type with several documents per resource (one MCPTT user profile per profileId):
/// a requestor allowed the profiles minus one element gets every profile filtered, and neither a parent select, an
/// instance select nor a predicate on the denied element brings it back.
/// </summary>
[TestClass]
public sealed class MultiInstancePrivacyAttackTests
{
    private const string Partner = "urn:gupsoap:app:partner";
    private static readonly XNamespace Up = Namespaces.McpttUserProfile;

    private const string Rules = """
        <gup:AuthorizationRules>
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="partner-reads-profiles">
            <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
            <gup:Target><gup:Select xmlns:up="urn:3gpp:mcptt:user-profile:1.0">/gup:Profile/up:mcptt-user-profile</gup:Select></gup:Target>
            <gup:Operation>Query</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
          <gup:Rule id="but-not-the-mcptt-id">
            <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
            <gup:Target><gup:Select xmlns:up="urn:3gpp:mcptt:user-profile:1.0">/gup:Profile/up:mcptt-user-profile/up:MCPTTID</gup:Select></gup:Target>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Deny</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    [TestMethod]
    public async Task PrivacyBypass_SeveralProfiles_EveryOneIsFilteredAndNoSelectRevealsTheDeniedElement()
    {
        var resource = await McpttInstances.NewResourceAsync("privacy-instances", "1", "2");
        var rules = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Create(resource, ("gup:AuthorizationRules", Rules)));
        Assert.AreEqual("OK", rules.StatusCode, rules.Text);

        var all = await AsPartnerAsync(resource, "/gup:Profile/up:mcptt-user-profile");
        Assert.AreEqual("OK", all.StatusCode, all.Text);
        var profiles = all.Body.Descendants(Up + "mcptt-user-profile").ToList();
        CollectionAssert.AreEqual(new[] { "1", "2" }, profiles.Select(p => (string?)p.Attribute("profileId")).ToArray());
        Assert.IsFalse(profiles.Any(p => p.Element(Up + "MCPTTID") is not null), all.Text);

        foreach (var select in new[]
        {
            "/gup:Profile/up:mcptt-user-profile[@profileId='2']",
            "/gup:Profile/up:mcptt-user-profile[@profileId='2']/up:MCPTTID",
            "/gup:Profile/up:mcptt-user-profile[up:MCPTTID='sip:u@mcptt.example.org']",
            "/gup:Profile",
        })
        {
            var answer = await AsPartnerAsync(resource, select);
            Assert.DoesNotContain("sip:u@mcptt.example.org", answer.Text, select);
        }

        var one = await AsPartnerAsync(resource, "/gup:Profile/up:mcptt-user-profile[@profileId='2']/up:ProfileName");
        Assert.Contains(">Profile 2<", one.Text);
        Assert.DoesNotContain(">Profile 1<", one.Text);
    }

    private static Task<SoapHttp.SoapAnswer> AsPartnerAsync(string resource, string select) =>
        RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(resource, select), SoapMessages.Headers(sender: Partner));
}
