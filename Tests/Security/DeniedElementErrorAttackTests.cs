using System.Xml.Linq;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md A8 through errors: whatever the GUP Server answers about an element the requestor may not see carries
/// none of its data and is the answer it gives when the element is absent, so an error is no oracle for its existence.
/// </summary>
[TestClass]
public sealed class DeniedElementErrorAttackTests
{
    private const string Partner = "urn:gupsoap:app:partner";
    private const string Secret = "At the dentist";
    private const string Rules = """
        <gup:AuthorizationRules>
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="partner-uses-presence">
            <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
            <gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings</gup:Select></gup:Target>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Permit</gup:Effect>
          </gup:Rule>
          <gup:Rule id="but-not-the-note">
            <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
            <gup:Target><gup:Select>/gup:Profile/pres:PresenceSettings/pres:Note</gup:Select></gup:Target>
            <gup:Operation>All</gup:Operation>
            <gup:Effect>Deny</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    [TestMethod]
    public async Task DeniedElementError_CarriesNoDataAndLooksLikeAbsentElement()
    {
        var withNote = await SubscriberAsync($"<pres:Note>{Secret}</pres:Note>");
        var withoutNote = await SubscriberAsync("");
        foreach (var (what, body) in new (string, Func<string, string>)[]
        {
            ("query", r => RgText.Query(r, "/gup:Profile/pres:PresenceSettings/pres:Note")),
            ("query of its text", r => RgText.Query(r, "/gup:Profile/pres:PresenceSettings/pres:Note/text()")),
            ("overwrite", r => RgText.Modify(r, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Note", "<pres:Note>x</pres:Note>", overwrite: true))),
            ("create", r => RgText.Modify(r, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Note", "<pres:Note>x</pres:Note>"))),
            ("remove", r => RgText.Modify(r, RgText.ModifyItem("m", "/gup:Profile/pres:PresenceSettings/pres:Note", null))),
        })
        {
            var denied = await RgText.PostAsync(SharedServer.Instance.Rg, body(withNote), SoapMessages.Headers(sender: Partner));
            var absent = await RgText.PostAsync(SharedServer.Instance.Rg, body(withoutNote), SoapMessages.Headers(sender: Partner));

            Assert.DoesNotContain("dentist", denied.Text, what);
            Assert.AreEqual(Normalise(absent, withoutNote), Normalise(denied, withNote), what);
        }

        var owner = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query(withNote, "/gup:Profile/pres:PresenceSettings/pres:Note"));
        Assert.Contains(Secret, owner.Text, "the denied element is still there: the requests above changed nothing");
    }

    private static async Task<string> SubscriberAsync(string note)
    {
        var resource = SharedServer.NewSubscriber("dora");
        var presence = $"<pres:PresenceSettings><pres:Status>open</pres:Status>{note}</pres:PresenceSettings>";
        var created = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Create(resource, ("gup:AuthorizationRules", Rules), ("pres:PresenceSettings", presence)));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    /// <summary>The answer's Body with the subscriber's id and the times (of the answer, of the component's creation) taken out: what differs by design.</summary>
    private static string Normalise(SoapHttp.SoapAnswer answer, string resource)
    {
        var body = new XElement(answer.Body);
        foreach (var attribute in body.Descendants().Attributes().Where(a => a.Name.LocalName is "timeStamp" or "changeTime").ToList())
        {
            attribute.Remove();
        }

        return body.ToString(SaveOptions.DisableFormatting).Replace(resource, "RESOURCE", StringComparison.Ordinal);
    }
}
