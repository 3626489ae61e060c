using GupSoap.Core.Saml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// The loopback exception to TLS belongs to service-to-service tokens of this deployment only (marked as service
/// calls). A token of the same trusted key handed to an application — a redirect or Discovery token naming the
/// application as requestor — must not ride on it over plain HTTP.
/// </summary>
[TestClass]
public sealed class ServiceCallTokenAttackTests
{
    private const string Alice = "sip:alice@example.org";

    [TestMethod]
    public async Task ApplicationTokenOfTheServerKey_OverPlainLoopbackHttp_IsRefused_ServiceCallIsServed()
    {
        await using var server = await GupServer.StartAsync("--Gup:Security:AllowNullBearer=false");
        var read = SoapMessages.Read(Alice, "sub:SubscriberInfo", "/sub:SubscriberInfo");

        var application = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(read, SecurityTokens.Headers(Token(serviceCall: false), "urn:gupsoap:gup-server")));
        var service = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(read, SecurityTokens.Headers(Token(serviceCall: true), "urn:gupsoap:gup-server")));

        Assert.AreEqual("wsse:InvalidSecurity", application.FaultCode, application.Text);
        Assert.DoesNotContain("Alice", application.Text);
        Assert.AreEqual("OK", service.StatusCode, service.Text);
    }

    private static System.Xml.Linq.XElement Token(bool serviceCall)
    {
        var attributes = new Dictionary<string, IReadOnlyList<string>> { [GupAttributes.Requestor] = ["urn:gupsoap:gup-server"] };
        if (serviceCall)
        {
            attributes[GupAttributes.ServiceCall] = ["true"];
        }

        return SecurityTokens.FromServer(new AssertionDescriptor { Audiences = ["urn:gupsoap:raf:hss"], NameId = "urn:gupsoap:gup-server", Attributes = attributes });
    }
}
