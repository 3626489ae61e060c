using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Tests.Unit.DataReferences;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>The static, conservative decision the GUP Server makes before anything is fetched or written.</summary>
[TestClass]
public sealed class DecideTests
{
    private static AccessDecision Decide(AccessPolicy policy, string? target, AccessOperation operation = AccessOperation.Query) =>
        policy.Decide(Who(), operation, Contacts, target is null ? null : TestPrefixes.ParseOk(target));

    [TestMethod]
    [DataRow(null)]
    [DataRow("/p:Contacts")]
    [DataRow("/p:Contacts/p:Entry")]
    [DataRow("/p:Contacts/p:Entry[2]/p:Pin")]
    [DataRow("/p:Contacts/@owner")]
    [DataRow("/*/p:Name")]
    public void Decide_ComponentPermitted_PermitsEverythingInIt(string? target)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts"]));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Entry", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry/p:Phone", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry[@id='e1']", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry/@id", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Name", AccessDecision.Deny)]
    [DataRow("/p:Contacts/@owner", AccessDecision.Deny)]
    [DataRow("/p:Contacts", AccessDecision.Partial)]
    [DataRow(null, AccessDecision.Partial)]
    [DataRow("/p:Contacts/*", AccessDecision.Partial)]
    public void Decide_ElementPermitted_PermitsBelowAndPartialAbove(string? target, AccessDecision expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry"]));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/@owner", AccessDecision.Permit)]
    [DataRow("/p:Contacts/@secret", AccessDecision.Deny)]
    [DataRow("/p:Contacts/p:Name", AccessDecision.Deny)]
    [DataRow("/p:Contacts", AccessDecision.Partial)]
    public void Decide_AttributePermitted_OnlyThatAttribute(string target, AccessDecision expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/@owner"]));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Entry[@id='e1']", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry[@id='e1']/p:Phone", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry[@id='e2']", AccessDecision.Partial)]
    [DataRow("/p:Contacts/p:Entry", AccessDecision.Partial)]
    [DataRow("/p:Contacts/p:Entry[1]", AccessDecision.Partial)]
    [DataRow("/p:Contacts/*[@id='e1']", AccessDecision.Partial)]
    [DataRow("/p:Contacts/p:Name", AccessDecision.Deny)]
    public void Decide_PredicatePermitted_OnlyEqualPredicatesAreCertain(string target, AccessDecision expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry[@id='e1']"]));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Entry[2]", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry[1]", AccessDecision.Partial)]
    [DataRow("/p:Contacts/*[2]", AccessDecision.Partial)]
    public void Decide_PositionPermitted_OnlyForTheSameName(string target, AccessDecision expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Entry[2]"]));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Entry", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Name", AccessDecision.Permit)]
    [DataRow("/p:Contacts/@owner", AccessDecision.Deny)]
    [DataRow("/p:Contacts", AccessDecision.Partial)]
    public void Decide_WildcardPermit_CoversEveryChildElement(string target, AccessDecision expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/*"]));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Name", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry", AccessDecision.Partial)]
    [DataRow("/p:Contacts/p:Entry/p:Phone", AccessDecision.Permit)]
    [DataRow("/p:Contacts/p:Entry/p:Pin", AccessDecision.Deny)]
    [DataRow("/p:Contacts/p:Entry[@id='e1']/p:Pin", AccessDecision.Deny)]
    [DataRow("/p:Contacts", AccessDecision.Partial)]
    [DataRow(null, AccessDecision.Partial)]
    public void Decide_DenyBelowPermit_MakesAncestorsPartial(string? target, AccessDecision expected)
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts"]),
            Rule("pin", "Deny", ["/p:Contacts/p:Entry/p:Pin"], priority: 1));

        Assert.AreEqual(expected, Decide(policy, target));
    }

    [TestMethod]
    [DataRow("/p:Contacts/*/p:Pin")]
    [DataRow("/*/p:Entry/p:Pin")]
    [DataRow("/p:Contacts/p:Entry[@id='e2']/p:Pin")]
    [DataRow("/p:Contacts/p:Entry[7]")]
    public void Decide_DenyThatMightOverlap_IsNeverPermit(string deny)
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts"]),
            Rule("deny", "Deny", [deny], priority: 1));

        Assert.AreEqual(AccessDecision.Partial, Decide(policy, "/p:Contacts/p:Entry[@id='e1']"));
    }

    [TestMethod]
    [DataRow("/p:Contacts/p:Name")]
    [DataRow("/p:Contacts/p:Entry/p:Pin/@x")]
    [DataRow("/p:Contacts/@owner")]
    [DataRow("/q:Other")]
    public void Decide_DenyThatCannotOverlap_DoesNotSpoilPermit(string deny)
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts"]),
            Rule("deny", "Deny", [deny], priority: 1));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, "/p:Contacts/p:Entry/p:Phone"));
    }

    [TestMethod]
    public void Decide_LowerPriorityDenyThatOverlaps_DoesNotSpoilPermit()
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts"], priority: 2),
            Rule("deny", "Deny", ["/p:Contacts/p:Entry/p:Pin"], priority: 1));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, null));
    }

    [TestMethod]
    public void Decide_DefaultPermitWithoutDenies_Permits()
    {
        var policy = Policy("Permit", Rule("other", "Deny", ["/q:Other"]));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Other, null));
    }

    [TestMethod]
    public void Decide_DefaultPermitWithDenyInside_IsPartial()
    {
        var policy = Policy("Permit", Rule("pin", "Deny", ["/p:Contacts/p:Entry/p:Pin"]));

        Assert.AreEqual(AccessDecision.Partial, Decide(policy, null));
        Assert.AreEqual(AccessDecision.Deny, Decide(policy, "/p:Contacts/p:Entry/p:Pin"));
        Assert.AreEqual(AccessDecision.Permit, Decide(policy, "/p:Contacts/p:Name"));
    }

    [TestMethod]
    public void Decide_CertainDenyOutrankedByPermitInside_IsPartial()
    {
        var policy = Policy("Permit",
            Rule("deny", "Deny", ["/p:Contacts"], priority: 1),
            Rule("name", "Permit", ["/p:Contacts/p:Name"], priority: 2));

        Assert.AreEqual(AccessDecision.Partial, Decide(policy, null));
        Assert.AreEqual(AccessDecision.Permit, Decide(policy, "/p:Contacts/p:Name"));
        Assert.AreEqual(AccessDecision.Deny, Decide(policy, "/p:Contacts/p:Meta"));
    }

    [TestMethod]
    public void Decide_WholeProfileSelect_CoversEveryComponent()
    {
        var policy = Policy("Deny", Rule("all", "Permit", ["/gup:Profile"], operations: "Create Delete"));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, null, AccessOperation.Create));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Delete, Other, null));
        Assert.AreEqual(AccessDecision.Deny, Decide(policy, null, AccessOperation.Modify));
    }

    [TestMethod]
    public void Decide_WildcardComponentSelect_CoversEveryComponent()
    {
        var policy = Policy("Deny", Rule("all", "Permit", ["/*"]));

        Assert.AreEqual(AccessDecision.Permit, Decide(policy, null));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Other, null));
    }

    [TestMethod]
    public void Decide_ComponentPredicate_MustBeEqualToBeCertain()
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts[@owner='alice']"]));

        Assert.AreEqual(AccessDecision.Partial, Decide(policy, null));
        Assert.AreEqual(AccessDecision.Permit, Decide(policy, "/p:Contacts[@owner='alice']/p:Name"));
    }

    [TestMethod]
    public void Decide_TargetForOtherComponent_Throws()
    {
        var policy = Policy("Permit");

        Assert.ThrowsExactly<ArgumentException>(() => Decide(policy, "/q:Other/q:V"));
    }

    [TestMethod]
    public void Decide_WholeProfileTarget_MeansTheComponent()
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts"]));

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, DataReference.WholeProfile));
    }
}
