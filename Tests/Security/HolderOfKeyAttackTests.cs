using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Security;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// Liberty TLS:SAMLV2 holder-of-key (SECURITY.md S14, S15): the sender proves possession of the key the assertion
/// names by signing Body, Timestamp, MessageID and the Liberty headers; anything less is refused.
/// </summary>
[TestClass]
public sealed class HolderOfKeyAttackTests
{
    private static readonly XNamespace Wsu = Namespaces.WsUtility;
    private static readonly XNamespace Wsse = Namespaces.WsSecurity;
    private static readonly XNamespace Sb = Namespaces.SoapBinding;
    private static readonly XNamespace Sbf = Namespaces.SoapBindingFramework;
    private static readonly XNamespace Wsa = Namespaces.WsAddressing;
    private static readonly XNamespace Rg = Namespaces.Rg;

    private static string AliceQuery(string component) => RgText.Query("sip:alice@example.org", $"/gup:Profile/{component}");

    /// <summary>An envelope with a holder-of-key token for <paramref name="client"/>, its parts given wsu:Ids.</summary>
    private static XDocument Envelope(X509Certificate2 client, string component = "sub:SubscriberInfo")
    {
        var token = SecurityTokens.FromIdp(SecurityTokens.For() with { HolderOfKey = X509CertificateLoader.LoadCertificate(client.RawData) });
        var document = XDocument.Parse(SoapMessages.Envelope11(AliceQuery(component), SecurityTokens.Headers(token)));
        document.Root!.Add(new XAttribute(XNamespace.Xmlns + "wsu", Wsu.NamespaceName));
        var header = document.Root!.Elements().First();
        Id(document.Root!.Elements().Last(), "body");
        Id(header.Element(Wsse + "Security")!.Element(Wsu + "Timestamp")!, "ts");
        Id(header.Element(Wsa + "MessageID")!, "mid");
        Id(header.Element(Sb + "Sender")!, "sender");
        Id(header.Element(Sbf + "Framework")!, "framework");
        return document;
    }

    private static void Id(XElement element, string id) => element.SetAttributeValue(Wsu + "Id", id);

    private static XElement Part(XDocument document, string id) => document.Descendants().Single(e => (string?)e.Attribute(Wsu + "Id") == id);

    private static void Sign(XDocument document, X509Certificate2 key, params string[] ids) =>
        document.Descendants(Wsse + "Security").Single().Add(XmlSigner.CreateDetachedSignature([.. ids.Select(id => Part(document, id))], key));

    private static Task<SoapHttp.SoapAnswer> SendAsync(XDocument document) =>
        SoapHttp.PostAsync(SharedServer.Instance.Rg, document.ToString(SaveOptions.DisableFormatting));

    private static readonly string[] AllParts = ["body", "ts", "mid", "sender", "framework"];

    [TestMethod]
    public async Task HolderOfKey_WithMessageSignatureOverEveryPart_IsServed()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        var document = Envelope(client);
        Sign(document, client, AllParts);
        var answer = await SendAsync(document);
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        Assert.Contains("Alice", answer.Text);
    }

    [TestMethod]
    public async Task HolderOfKey_WithoutProof_IsRejected()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        var answer = await SendAsync(Envelope(client));
        Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }

    [TestMethod]
    public async Task HolderOfKey_SignedWithAnotherKey_IsRejected()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        using var thief = SecurityTokens.NewKey("CN=thief");
        var document = Envelope(client);
        Sign(document, thief, AllParts);
        var answer = await SendAsync(document);
        Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
    }

    [TestMethod]
    public async Task HolderOfKey_TimestampNotSigned_IsRejected()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        var document = Envelope(client);
        Sign(document, client, "body", "mid", "sender", "framework");
        Assert.AreEqual("wsse:FailedAuthentication", (await SendAsync(document)).FaultCode);
    }

    [TestMethod]
    public async Task HolderOfKey_SenderNotSigned_IsRejected()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        var document = Envelope(client);
        Sign(document, client, "body", "ts", "mid", "framework");
        Assert.AreEqual("wsse:FailedAuthentication", (await SendAsync(document)).FaultCode);
    }

    [TestMethod]
    public async Task HolderOfKey_SignedBodyMovedIntoHeader_NewBodyIsRejected()
    {
        using var client = SecurityTokens.NewKey("CN=hok client");
        var document = Envelope(client, "pres:PresenceSettings");
        Sign(document, client, AllParts);
        // The attacker keeps the signed Body (wrapped in a header, where digests still match) and sends a new one.
        var body = document.Root!.Elements().Last();
        var header = document.Root!.Elements().First();
        var wrapper = new XElement(XName.Get("Wrapper", "urn:attacker"), new XElement(body));
        header.Add(wrapper);
        body.Attribute(Wsu + "Id")!.Remove();
        body.ReplaceNodes(XElement.Parse($"<rg:Query xmlns:rg=\"{Rg.NamespaceName}\" xmlns:gup=\"{Namespaces.Gup}\" xmlns:sub=\"{Namespaces.Subscriber}\"><gup:ResourceID type=\"sip\">sip:alice@example.org</gup:ResourceID><rg:QueryItem><rg:Select>/gup:Profile/sub:SubscriberInfo</rg:Select></rg:QueryItem></rg:Query>"));
        var answer = await SendAsync(document);
        Assert.AreEqual("wsse:FailedAuthentication", answer.FaultCode, answer.Text);
        Assert.DoesNotContain("Alice", answer.Text);
    }
}
