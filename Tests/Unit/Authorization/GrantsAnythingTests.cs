using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>SECURITY.md A7: a requestor with no access at all is told what it would be told for a missing profile.</summary>
[TestClass]
public sealed class GrantsAnythingTests
{
    [TestMethod]
    public void GrantsAnything_PermitOnOneElementForOneOperation_IsTrue()
    {
        var policy = Policy("Deny", Rule("r", "Permit", ["/p:Contacts/p:Name"], operations: "List", requestor: $"<gup:ProviderID>{Buddy}</gup:ProviderID>"));

        Assert.IsTrue(policy.GrantsAnything(Who(provider: Buddy)));
        Assert.IsFalse(policy.GrantsAnything(Who(provider: Chat)));
    }

    [TestMethod]
    public void GrantsAnything_OnlyDenyRules_IsFalse()
    {
        var policy = Policy(null, Rule("r", "Deny", ["/p:Contacts"]));

        Assert.IsFalse(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_DefaultPermit_IsTrue()
    {
        var policy = Policy("Permit", Rule("r", "Deny", ["/p:Contacts"], priority: 99));

        Assert.IsTrue(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_DefaultPermitShadowedByWholeProfileDenyForEveryOperation_IsFalse()
    {
        var policy = Policy("Permit", Rule("r", "Deny", operations: "All"));

        Assert.IsFalse(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_DefaultPermitShadowedForSomeOperationsOnly_IsTrue()
    {
        var policy = Policy("Permit", Rule("r", "Deny", operations: "Create Delete Modify Query Subscribe"));

        Assert.IsTrue(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_PermitOutrankedByWholeProfileDeny_IsFalse()
    {
        var policy = Policy(null,
            Rule("permit", "Permit", ["/p:Contacts/p:Name"], operations: "Query", priority: 5),
            Rule("block", "Deny", ["/"], operations: "Query Modify", priority: 5));

        Assert.IsFalse(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_PermitAboveWholeProfileDeny_IsTrue()
    {
        var policy = Policy(null,
            Rule("permit", "Permit", ["/p:Contacts/p:Name"], operations: "Query", priority: 6),
            Rule("block", "Deny", operations: "All", priority: 5));

        Assert.IsTrue(policy.GrantsAnything(Who()));
    }

    [TestMethod]
    public void GrantsAnything_DenyForOtherRequestor_DoesNotShadow()
    {
        var policy = Policy(null,
            Rule("permit", "Permit", ["/p:Contacts/p:Name"]),
            Rule("block", "Deny", priority: 5, requestor: $"<gup:ProviderID>{Chat}</gup:ProviderID>"));

        Assert.IsTrue(policy.GrantsAnything(Who(provider: Buddy)));
        Assert.IsFalse(policy.GrantsAnything(Who(provider: Chat)));
    }

    [TestMethod]
    public void GrantsAnything_SubscriberRuleForOwner_IsTrueOnlyOnOwnProfile()
    {
        var rules = Rules("Deny", Rule("owner", "Permit", requestor: "<gup:Subscriber/>"));
        var alice = Who(subscriber: Alice);

        Assert.IsTrue(new AccessPolicy(Alice, null, rules).GrantsAnything(alice));
        Assert.IsFalse(new AccessPolicy("sip:bob@example.org", null, rules).GrantsAnything(alice));
    }
}
