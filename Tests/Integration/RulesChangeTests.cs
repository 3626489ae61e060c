using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Authorization is decided per request on the rules as they are stored now (TS 23.240 §4.1.4): the GUP Server and the
/// RAF keep the rules they have read, so these tests change a subscriber's rules back and forth and check that each
/// acknowledged change governs the very next request, through Rg and at the RAF that holds the rules.
/// </summary>
[TestClass]
public sealed class RulesChangeTests
{
    private const string Partner = "urn:gupsoap:app:partner";

    private static string Rules(string effect) => $"""
        <gup:AuthorizationRules>
          <gup:DefaultEffect>Deny</gup:DefaultEffect>
          <gup:Rule id="partner">
            <gup:Requestor><gup:ProviderID>{Partner}</gup:ProviderID></gup:Requestor>
            <gup:Target><gup:Select>/gup:Profile/sub:SubscriberInfo</gup:Select></gup:Target>
            <gup:Operation>Query</gup:Operation>
            <gup:Effect>{effect}</gup:Effect>
          </gup:Rule>
        </gup:AuthorizationRules>
        """;

    [TestMethod]
    public async Task RulesChange_Acknowledged_GovernsTheVeryNextRequest()
    {
        var server = SharedServer.Instance;
        var dora = SharedServer.NewSubscriber("dora");
        var created = await RgText.PostAsync(server.Rg, RgText.Create(dora, ("gup:AuthorizationRules", Rules("Permit")), ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Dora"))));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        var query = RgText.Query(dora, "/gup:Profile/sub:SubscriberInfo/sub:DisplayName");
        var read = SoapMessages.Read(dora, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName");

        foreach (var effect in new[] { "Deny", "Permit", "Deny", "Permit" })
        {
            var changed = await RgText.PostAsync(server.Rg, RgText.Modify(dora, RgText.ModifyItem("r", "/gup:Profile/gup:AuthorizationRules/gup:Rule/gup:Effect", $"<gup:Effect>{effect}</gup:Effect>", overwrite: true)));
            Assert.AreEqual("OK", changed.StatusCode, changed.Text);

            var viaRg = await RgText.PostAsync(server.Rg, query, SoapMessages.Headers(sender: Partner));
            var atRaf = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(read, SoapMessages.Headers(sender: Partner)));

            Assert.AreEqual(effect == "Permit", viaRg.Text.Contains(">Dora<", StringComparison.Ordinal), $"Rg after the change to {effect}: {viaRg.Text}");
            Assert.AreEqual(effect == "Permit", atRaf.Text.Contains(">Dora<", StringComparison.Ordinal), $"hss after the change to {effect}: {atRaf.Text}");
        }
    }
}
