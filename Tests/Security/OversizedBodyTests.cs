using System.Net;
using System.Net.Http.Headers;
using System.Text;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md P11 at the connection level: a body a little over the limit is read and dropped, so the client gets
/// its 413 fault on a connection that stays usable; a far larger one is never read and the connection is closed.
/// </summary>
[TestClass]
public sealed class OversizedBodyTests
{
    private static readonly string Action = RpOperations.Action(RpOperations.ReadData);

    private static HttpRequestMessage Request(int size, bool expectContinue)
    {
        var envelope = SoapMessages.Envelope11(SoapMessages.Read(new string('t', size), "sub:SubscriberInfo", "/"));
        var request = new HttpRequestMessage(HttpMethod.Post, SharedServer.Instance.Rp("hss")) { Content = new StringContent(envelope, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{Action}\"");
        request.Headers.ExpectContinue = expectContinue;
        return request;
    }

    [TestMethod]
    public async Task BodySlightlyOverLimit_Gets413AndConnectionStaysOpen()
    {
        using var client = new HttpClient();
        using var response = await client.SendAsync(Request(1_200_000, expectContinue: false));

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Fault", await response.Content.ReadAsStringAsync());
        Assert.IsFalse(response.Headers.ConnectionClose ?? false, "the drained connection can carry the next request");
    }

    [TestMethod]
    public async Task BodyFarOverLimit_Gets413UnreadAndConnectionCloses()
    {
        using var client = new HttpClient();

        // Expect: 100-continue lets the client learn of the 413 before sending the 5 MB it announced.
        using var response = await client.SendAsync(Request(5_000_000, expectContinue: true));

        Assert.AreEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Fault", await response.Content.ReadAsStringAsync());
        Assert.IsTrue(response.Headers.ConnectionClose ?? false, "an unread body leaves the connection unusable");
    }
}
