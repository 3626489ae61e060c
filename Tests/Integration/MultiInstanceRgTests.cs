using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Liberty;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Integration.McpttInstances;

namespace GupSoap.Tests.Integration;

/// <summary>
/// Rg in proxy mode on a type with one document per profileId (ARCHITECTURE.md "Data model"): every instance is a
/// sibling under gup:Profile, an instance predicate reaches one, a new profileId is created beside the others at the
/// same RAF, and Delete of the type removes them all.
/// </summary>
[TestClass]
public sealed class MultiInstanceRgTests
{
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Gup = Namespaces.Gup;

    private static Task<SoapHttp.SoapAnswer> PostAsync(string body) => RgText.PostAsync(SharedServer.Instance.Rg, body);

    private static XElement Item(SoapHttp.SoapAnswer answer, string itemId) =>
        answer.Body.Descendants(Rg + "Data").Single(d => (string?)d.Attribute("itemIDRef") == itemId);

    /// <summary>A fresh resource with a SubscriberInfo and the given profiles, all created over Rg.</summary>
    private static async Task<string> NewProfileAsync(string hint, params string[] profileIds)
    {
        var resource = SharedServer.NewSubscriber(hint);
        var created = await PostAsync(RgText.Create(resource, ("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), (McpttType, Document(profileIds[0], "Profile " + profileIds[0]))));
        Assert.AreEqual(StatusCodes.Ok, created.StatusCode, created.Text);
        foreach (var id in profileIds.Skip(1))
        {
            var next = await PostAsync(RgText.Create(resource, (McpttType, Document(id, "Profile " + id))));
            Assert.AreEqual(StatusCodes.Ok, next.StatusCode, next.Text);
            Assert.AreEqual("1", (string?)next.Body.Descendants(Rg + "ItemResult").Single().Attribute("version") ?? next.Body.Descendants(Rg + "Version").SingleOrDefault()?.Value, next.Text);
        }

        return resource;
    }

    [TestMethod]
    public async Task Query_WholeProfile_EveryInstanceIsASiblingUnderProfile()
    {
        var resource = await NewProfileAsync("rg-mcptt-whole", "work", "home");

        var answer = await PostAsync(RgText.Query(resource, "/"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        var profile = Item(answer, "q0").Element(Gup + "Profile")!;
        CollectionAssert.AreEqual(new[] { "SubscriberInfo", "mcptt-user-profile", "mcptt-user-profile" }, profile.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.AreEqual("home=1,work=1", Profiles(profile));
    }

    [TestMethod]
    public async Task Query_InstancePredicate_ReturnsThatInstanceOnly()
    {
        var resource = await NewProfileAsync("rg-mcptt-one", "home", "work");

        var answer = await PostAsync(RgText.Query(resource, "/gup:Profile/up:mcptt-user-profile[@profileId='work']"));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.AreEqual("work=1", Profiles(Item(answer, "q0")));
    }

    [TestMethod]
    public async Task Modify_InstancePredicate_ChangesThatInstanceOnly()
    {
        var resource = await NewProfileAsync("rg-mcptt-modify", "home", "work");

        var answer = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m", "/gup:Profile/up:mcptt-user-profile[@profileId='work']/up:ProfileName", "<up:ProfileName>Mutual aid</up:ProfileName>", overwrite: true)));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        Assert.AreEqual("2", (string?)answer.Body.Descendants(Rg + "ItemResult").Single().Attribute("version"));
        var query = await PostAsync(RgText.Query(resource, "/up:mcptt-user-profile", "/up:mcptt-user-profile[@profileId='work']/up:ProfileName"));
        Assert.AreEqual("home=1,work=2", Profiles(Item(query, "q0")));
        Assert.AreEqual("Mutual aid", Item(query, "q1").Value);
    }

    [TestMethod]
    public async Task Delete_Type_DeletesEveryInstanceAndKeepsTheRest()
    {
        var resource = await NewProfileAsync("rg-mcptt-delete", "home", "work");

        var answer = await PostAsync(RgText.Delete(resource, McpttType));

        Assert.AreEqual(StatusCodes.Ok, answer.StatusCode, answer.Text);
        var profile = Item(await PostAsync(RgText.Query(resource, "/")), "q0").Element(Gup + "Profile")!;
        CollectionAssert.AreEqual(new[] { "SubscriberInfo" }, profile.Elements().Select(e => e.Name.LocalName).ToArray());
    }
}
