using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Every xs:QName field resolves a prefix as Select does: the binding in scope first, then the well-known prefixes
/// (gup, sub, pres, lcs, mcpttup); any other undeclared prefix is refused. Answers write QNames with the well-known
/// prefixes, declared once on the response root.
/// </summary>
[TestClass]
public sealed class WellKnownPrefixTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Rp = Namespaces.Rp;

    /// <summary>An envelope that declares only the message namespace (rg or rp) and gup, like a client that cannot declare prefixes for text.</summary>
    private static string Bare(string body) =>
        $"""<?xml version="1.0" encoding="utf-8"?><s:Envelope xmlns:s="{Namespaces.Soap11}"><s:Header>{SoapMessages.Headers()}</s:Header><s:Body>{body}</s:Body></s:Envelope>""";

    private const string Declared = $"""xmlns:rg="{Namespaces.Rg}" xmlns:rp="{Namespaces.Rp}" xmlns:gup="{Namespaces.Gup}" """;

    private static string SubscriberInfo(string name = "Wendy") =>
        $"""<x:SubscriberInfo xmlns:x="{Namespaces.Subscriber}"><x:DisplayName>{name}</x:DisplayName><x:Language>en</x:Language></x:SubscriberInfo>""";

    private static string Presence() =>
        $"""<x:PresenceSettings xmlns:x="{Namespaces.Presence}"><x:Status>open</x:Status><x:Device id="phone"><x:Status>open</x:Status></x:Device></x:PresenceSettings>""";

    private static Task<SoapHttp.SoapAnswer> RgAsync(string body) => SoapHttp.PostAsync(SharedServer.Instance.Rg, Bare(body));

    private static Task<SoapHttp.SoapAnswer> RpAsync(string raf, string body) => SoapHttp.PostAsync(SharedServer.Instance.Rp(raf), Bare(body));

    [TestMethod]
    public async Task RgCreateObjectType_WithUndeclaredWellKnownPrefixes_IsAccepted()
    {
        var resource = SharedServer.NewSubscriber("prefix");
        var answer = await RgAsync($"""<rg:Create {Declared}><gup:ResourceID>{resource}</gup:ResourceID><rg:CreateItem objectType="sub:SubscriberInfo"><rg:NewData>{SubscriberInfo()}</rg:NewData></rg:CreateItem><rg:CreateItem objectType="pres:PresenceSettings"><rg:NewData>{Presence()}</rg:NewData></rg:CreateItem></rg:Create>""");

        Assert.IsNull(answer.Fault, answer.Text);
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
    }

    [TestMethod]
    public async Task RgListAndDelete_WithUndeclaredWellKnownPrefixes_AreAcceptedAndAnsweredWithThem()
    {
        var resource = await CreateAsync("list");

        var listed = await RgAsync($"""<rg:List {Declared}><rg:SearchCriteria><rg:ResourceIDPattern>{resource}</rg:ResourceIDPattern><rg:ComponentType>sub:SubscriberInfo</rg:ComponentType><rg:ComponentType>pres:PresenceSettings</rg:ComponentType></rg:SearchCriteria></rg:List>""");

        Assert.AreEqual("OK", listed.StatusCode, listed.Text);
        var response = listed.Body.Element(Rg + "ListResponse")!;
        CollectionAssert.AreEqual(new[] { "sub:SubscriberInfo", "pres:PresenceSettings" }, response.Descendants(Rg + "ComponentType").Select(e => e.Value).ToArray());
        Assert.AreEqual(Namespaces.Subscriber, response.GetNamespaceOfPrefix("sub")?.NamespaceName, "declared once, on the response root");
        Assert.IsTrue(response.Descendants().All(e => !e.Attributes().Any(a => a.IsNamespaceDeclaration)), "no declaration below the root");
        Assert.DoesNotContain("xmlns:q1", listed.Text);

        var deleted = await RgAsync($"""<rg:Delete {Declared}><gup:ResourceID>{resource}</gup:ResourceID><rg:DeleteItem objectType="pres:PresenceSettings"/><rg:DeleteItem objectType="sub:SubscriberInfo"/></rg:Delete>""");
        Assert.AreEqual("OK", deleted.StatusCode, deleted.Text);
    }

    [TestMethod]
    public async Task RpComponentType_WithUndeclaredWellKnownPrefix_IsAccepted()
    {
        var resource = SharedServer.NewSubscriber("prefix-rp");

        var created = await RpAsync("hss", $"""<rp:CreateComponent {Declared}><gup:ResourceID>{resource}</gup:ResourceID><rp:ComponentType>sub:SubscriberInfo</rp:ComponentType><rp:NewData>{SubscriberInfo()}</rp:NewData></rp:CreateComponent>""");
        var listed = await RpAsync("hss", $"""<rp:ListData {Declared}><rp:SearchCriteria><rp:ResourceIDPattern>{resource}</rp:ResourceIDPattern><rp:ComponentType>sub:SubscriberInfo</rp:ComponentType></rp:SearchCriteria></rp:ListData>""");

        Assert.AreEqual("OK", created.StatusCode, created.Text);
        Assert.AreEqual("OK", listed.StatusCode, listed.Text);
        Assert.AreEqual("sub:SubscriberInfo", listed.Body.Descendants(Rp + "ComponentType").Single().Value);
    }

    [TestMethod]
    public async Task DefineDataName_WithUndeclaredWellKnownPrefix_IsAccepted()
    {
        var name = "Nick" + Guid.NewGuid().ToString("N")[..8];

        var answer = await RpAsync("hss", $"""<rp:DefineData {Declared}><rp:ComponentType>sub:SubscriberInfo</rp:ComponentType><rp:Definition><rp:Name>sub:{name}</rp:Name><rp:Type xmlns:xs="http://www.w3.org/2001/XMLSchema">xs:string</rp:Type><rp:Parent>/sub:SubscriberInfo</rp:Parent></rp:Definition></rp:DefineData>""");

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
    }

    [TestMethod]
    public async Task QName_PrefixBoundInScope_WinsOverTheWellKnownOne()
    {
        var resource = SharedServer.NewSubscriber("prefix-scope");

        var answer = await RgAsync($"""<rg:Create {Declared} xmlns:sub="urn:example:not-the-subscriber-schema"><gup:ResourceID>{resource}</gup:ResourceID><rg:CreateItem objectType="sub:SubscriberInfo"><rg:NewData>{SubscriberInfo()}</rg:NewData></rg:CreateItem></rg:Create>""");

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.AreEqual("InvalidParameter", answer.ErrorType, answer.Text);
    }

    [TestMethod]
    public async Task QName_UndeclaredUnknownPrefix_IsRefusedNamingIt()
    {
        var answer = await RpAsync("hss", $"""<rp:ReadData {Declared}><gup:ResourceID>sip:alice@example.org</gup:ResourceID><rp:ComponentType>zz:SubscriberInfo</rp:ComponentType><rp:ReadItem><rp:Select>/</rp:Select></rp:ReadItem></rp:ReadData>""");

        Assert.IsNotNull(answer.Fault, answer.Text);
        Assert.Contains("'zz'", answer.Text);
    }

    private static async Task<string> CreateAsync(string hint)
    {
        var resource = SharedServer.NewSubscriber(hint);
        var created = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }
}
