using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Tests.Integration;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>
/// Rg subscriptions on a type with one document per profileId: a select naming one profile is fed by that profile's
/// changes only, and a subscription to the whole type is told about each profile with that profile's version.
/// </summary>
[TestClass]
public sealed class MultiInstanceSubscriptionTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;

    [TestMethod]
    public async Task Subscribe_SelectOfProfileTwo_IsToldOfProfileTwoOnly()
    {
        await using var listener = await CallbackListener.StartAsync();
        var resource = await McpttInstances.NewResourceAsync("relay-instances", "1", "2");
        var subscribe = SubscriptionFlowTests.Subscribe(resource, listener.Url("two"), null, "/gup:Profile/up:mcptt-user-profile[@profileId='2']/up:ProfileName");
        var subscribed = await RgText.PostAsync(SharedServer.Instance.Rg, subscribe);
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        Assert.AreEqual("OK", (await RenameAsync(resource, "1", "One renamed")).StatusCode);
        Assert.AreEqual("OK", (await RenameAsync(resource, "2", "Two renamed")).StatusCode);

        var first = await listener.NextAsync(timeoutSeconds: 20);
        var notify = XDocument.Parse(first.Body).Descendants(Rg + "Notify").Single();
        Assert.Contains("Two renamed", first.Body);
        Assert.DoesNotContain("One renamed", first.Body);
        Assert.AreEqual("2", (string?)notify.Descendants(Rg + "NotifiedData").Single().Attribute("version"), first.Body);
        Assert.IsFalse(listener.Received.Any(r => r.Body.Contains("One renamed", StringComparison.Ordinal)), "A change of profile 1 tells a profile-2 subscriber nothing.");
    }

    [TestMethod]
    public async Task Subscribe_WholeType_IsToldOfEachProfileWithItsOwnVersion()
    {
        await using var listener = await CallbackListener.StartAsync();
        var resource = await McpttInstances.NewResourceAsync("relay-type", "1", "2");
        Assert.AreEqual("OK", (await RenameAsync(resource, "2", "Two v2")).StatusCode);
        var subscribed = await RgText.PostAsync(SharedServer.Instance.Rg, SubscriptionFlowTests.Subscribe(resource, listener.Url("all"), null, "/gup:Profile/up:mcptt-user-profile"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        Assert.AreEqual("OK", (await RenameAsync(resource, "1", "One v2")).StatusCode);
        var one = await listener.NextAsync(timeoutSeconds: 20);
        Assert.AreEqual("OK", (await RenameAsync(resource, "2", "Two v3")).StatusCode);
        var two = await listener.NextAsync(timeoutSeconds: 20);

        Assert.Contains("One v2", one.Body);
        Assert.AreEqual("2", (string?)XDocument.Parse(one.Body).Descendants(Rg + "NotifiedData").Single().Attribute("version"));
        Assert.Contains("Two v3", two.Body);
        Assert.AreEqual("3", (string?)XDocument.Parse(two.Body).Descendants(Rg + "NotifiedData").Single().Attribute("version"));
    }

    private static Task<SoapHttp.SoapAnswer> RenameAsync(string resource, string profileId, string name) =>
        McpttInstances.ModifyAsync(resource, SoapMessages.Modification($"{McpttInstances.Root(profileId)}/up:ProfileName", $"<up:ProfileName>{name}</up:ProfileName>", overwrite: true));
}
