using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Discovery;

/// <summary>Liberty discovery then invocation: Query Discovery for the GUP Server, present the token from its EPR on Rg.</summary>
[TestClass]
public sealed class DiscoveryToRgFlowTests
{
    [TestMethod]
    public async Task Query_TokenFromEpr_IsAcceptedByRgForAlice()
    {
        var server = SharedServer.Instance;
        var found = await DiscoText.PostAsync(server, DiscoText.Query(DiscoUris.RgServiceType), DiscoText.As(TestIdentity.TestProvider));
        Assert.AreEqual(DiscoStatusCodes.Ok, found.StatusCode, found.Text);
        var epr = found.Body.Descendants(DiscoText.Wsa + "EndpointReference").Single();
        var address = new Uri(epr.Element(DiscoText.Wsa + "Address")!.Value);
        Assert.AreEqual(server.Rg, address);
        var token = DiscoText.Token(epr);

        var answer = await RgText.PostAsync(address, RgText.Query("sip:alice@example.org", "/gup:Profile/sub:SubscriberInfo/sub:DisplayName"),
            SecurityTokens.Headers(token, TestIdentity.TestProvider));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.AreEqual("Alice", answer.Body.Descendants(XName.Get("DisplayName", Namespaces.Subscriber)).Single().Value);
    }

    [TestMethod]
    public async Task Query_Token_NamesTheRequestorForTheServiceWithoutServiceCallMarker()
    {
        var subscriber = SharedServer.NewSubscriber("disco-token");
        var found = await DiscoText.PostAsync(SharedServer.Instance, DiscoText.Query(DiscoUris.RgServiceType), DiscoText.As(TestIdentity.TestProvider, subscriber));
        var (assertion, error) = SamlAssertionReader.Read(DiscoText.Token(found.Body.Descendants(DiscoText.Wsa + "EndpointReference").Single()));

        Assert.IsNull(error, error);
        Assert.AreEqual("urn:gupsoap:gup-server", assertion!.AudienceRestrictions.Single().Single());
        Assert.AreEqual(TestIdentity.TestProvider, assertion.Subject.NameId);
        Assert.AreEqual(SamlNames.NameIdFormatEntity, assertion.Subject.Format);
        Assert.AreEqual(TestIdentity.TestProvider, assertion.Attribute(GupAttributes.Requestor));
        Assert.AreEqual(subscriber, assertion.Attribute(GupAttributes.Subscriber));
        Assert.AreEqual("true", assertion.Attribute(GupAttributes.Hplmn));
        Assert.IsNull(assertion.Attribute(GupAttributes.ServiceCall));
        Assert.AreEqual(TimeSpan.FromMinutes(5), assertion.NotOnOrAfter - assertion.IssueInstant);
    }
}
