using System.Xml.Linq;
using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>The privacy filter after merge, on the whole gup:Profile view (TS 23.240 §4.2.1.4; SECURITY.md A8).</summary>
[TestClass]
public sealed class FilterProfileTests
{
    private static XElement? Filter(AccessPolicy policy, XElement? profile = null) =>
        policy.FilterProfile(Who(), AccessOperation.Query, profile ?? Profile());

    [TestMethod]
    public void FilterProfile_WholeProfilePermitted_KeepsEverything()
    {
        var profile = Profile();

        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/gup:Profile"])), profile);

        Assert.IsTrue(XNode.DeepEquals(profile, filtered));
    }

    [TestMethod]
    public void FilterProfile_OneComponentPermitted_DropsTheOthersAndKeepsResourceId()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/q:Other"])));

        Assert.AreEqual($"Profile[resourceID={Alice}](Other(V:v))", Shape(filtered));
    }

    [TestMethod]
    public void FilterProfile_ElementsOfSeveralComponents_EachKeptInItsComponent()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Meta", "/gup:Profile/q:Other/q:V"])));

        Assert.AreEqual($"Profile[resourceID={Alice}](Contacts(Meta:m),Other(V:v))", Shape(filtered));
    }

    [TestMethod]
    public void FilterProfile_WildcardComponentStep_SelectsInEveryComponent()
    {
        var filtered = Filter(Policy("Deny", Rule("r", "Permit", ["/*/q:V", "/*/p:Name"])));

        Assert.AreEqual($"Profile[resourceID={Alice}](Contacts(Name:Alice),Other(V:v))", Shape(filtered));
    }

    [TestMethod]
    public void FilterProfile_NothingPermitted_ReturnsNull()
    {
        Assert.IsNull(Filter(Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Missing"]))));
        Assert.IsNull(Filter(Policy("Deny", Rule("r", "Permit", ["/q:Other"], operations: "Modify"))));
        Assert.IsNull(Filter(Policy("Permit", Rule("r", "Deny", ["/"]))));
    }

    [TestMethod]
    public void FilterProfile_EmptyProfileWhollyPermitted_ReturnsTheEmptyProfile()
    {
        var empty = new XElement(Gup + "Profile", new XAttribute("resourceID", Alice));

        var filtered = Filter(Policy("Deny", Rule("r", "Permit")), empty);

        Assert.AreEqual($"Profile[resourceID={Alice}]", Shape(filtered));
    }

    [TestMethod]
    public void FilterProfile_InputIsNotMutated()
    {
        var profile = Profile();
        var before = profile.ToString(SaveOptions.DisableFormatting);

        var filtered = Filter(Policy("Permit", Rule("r", "Deny", ["/p:Contacts/p:Entry"])), profile);

        Assert.IsNotNull(filtered);
        Assert.AreEqual(before, profile.ToString(SaveOptions.DisableFormatting));
        Assert.AreEqual(2, profile.Descendants(PNs + "Entry").Count());
        Assert.AreEqual(0, filtered.Descendants(PNs + "Entry").Count());
    }

    [TestMethod]
    public void FilterProfile_SameAsFilteringEachComponent()
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts", "/q:Other"]),
            Rule("pin", "Deny", ["/p:Contacts/p:Entry/p:Pin", "/q:Other/q:V"], priority: 1));

        var whole = Filter(policy);
        var parts = Profile().Elements().Select(c => Shape(policy.FilterComponent(Who(), AccessOperation.Query, c)));

        Assert.AreEqual($"Profile[resourceID={Alice}]({string.Join(",", parts.Where(p => p != "null"))})", Shape(whole));
    }
}
