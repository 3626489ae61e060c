using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>Priorities, ties, operations, defaults and the common/subscriber combination (TS 23.240 §4.1.4; gup.xsd).</summary>
[TestClass]
public sealed class AccessPolicyCombinationTests
{
    private static string Name(AccessPolicy policy) => Shape(policy.FilterComponent(Who(), AccessOperation.Query, ContactsComponent()));

    [TestMethod]
    public void Filter_HigherPriorityPermit_BeatsDeny()
    {
        var policy = Policy(null, Rule("deny", "Deny", priority: 1), Rule("permit", "Permit", priority: 2));

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.Contains("Name:Alice", Name(policy));
    }

    [TestMethod]
    public void Filter_HigherPriorityDeny_BeatsPermit()
    {
        var policy = Policy("Permit", Rule("deny", "Deny", priority: 3), Rule("permit", "Permit", priority: 2));

        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual("null", Name(policy));
    }

    [TestMethod]
    public void Filter_EqualPriority_DenyWins()
    {
        var policy = Policy("Permit", Rule("permit", "Permit", priority: 5), Rule("deny", "Deny", priority: 5));

        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual("null", Name(policy));
    }

    [TestMethod]
    public void Filter_AbsentPriority_CountsAsZero()
    {
        var policy = Policy(null, Rule("permit", "Permit"), Rule("deny", "Deny", priority: -1));

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
    }

    [TestMethod]
    public void Filter_RuleForOtherOperation_DoesNotApply()
    {
        var policy = Policy("Deny", Rule("read", "Permit", operations: "Query Subscribe"));

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Subscribe, Contacts, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Modify, Contacts, null));
        Assert.IsNull(policy.FilterComponent(Who(), AccessOperation.Modify, ContactsComponent()));
    }

    [TestMethod]
    public void Default_SubscriberDefault_OverridesCommonDefault()
    {
        var permissive = new AccessPolicy(Alice, Rules("Deny"), Rules("Permit"));
        var strict = new AccessPolicy(Alice, Rules("Permit"), Rules("Deny"));

        Assert.AreEqual(AccessDecision.Permit, permissive.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual(AccessDecision.Deny, strict.Decide(Who(), AccessOperation.Query, Contacts, null));
    }

    [TestMethod]
    public void Default_NoSubscriberDefault_UsesCommonDefault()
    {
        var policy = new AccessPolicy(Alice, Rules("Permit"), Rules(null, Rule("deny-other", "Deny", ["/q:Other"])));

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Other, null));
    }

    [TestMethod]
    public void Default_NoDefaultAnywhere_Denies()
    {
        AccessPolicy[] policies = [new(Alice, null, null), new(Alice, AuthorizationRules.Empty, AuthorizationRules.Empty), new(Alice, Rules(null), null)];

        foreach (var policy in policies)
        {
            Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
            Assert.IsNull(policy.FilterProfile(Who(), AccessOperation.Query, Profile()));
            Assert.IsFalse(policy.GrantsAnything(Who()));
        }
    }

    [TestMethod]
    public void Combine_CommonAndSubscriberRules_CompeteByPriority()
    {
        var common = Rules(null, Rule("operator-blocks-pin", "Deny", ["/p:Contacts/p:Entry/p:Pin"], priority: 100));
        var subscriber = Rules("Deny", Rule("share-contacts", "Permit", ["/p:Contacts"], priority: 10));
        var policy = new AccessPolicy(Alice, common, subscriber);

        var filtered = policy.FilterComponent(Who(), AccessOperation.Query, ContactsComponent());

        Assert.AreEqual("Contacts[owner=alice secret=s1](Name:Alice,Entry[id=e1 note=n1](Phone:111),Entry[id=e2 note=n2](Phone:222),Meta:m)", Shape(filtered));
    }

    [TestMethod]
    public void Combine_CommonDenyAtLowerPriority_LosesToSubscriberPermit()
    {
        var common = Rules(null, Rule("operator-default-deny", "Deny", priority: -10));
        var subscriber = Rules(null, Rule("share-name", "Permit", ["/p:Contacts/p:Name"]));
        var policy = new AccessPolicy(Alice, common, subscriber);

        Assert.AreEqual("Contacts(Name:Alice)", Name(policy));
    }

    [TestMethod]
    public void System_IsAlwaysPermitted()
    {
        var policy = Policy("Deny", Rule("deny-all", "Deny", priority: int.MaxValue));
        var system = Who(system: true);
        var component = ContactsComponent();

        Assert.IsTrue(policy.GrantsAnything(system));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(system, AccessOperation.Delete, Contacts, null));
        Assert.AreEqual(Shape(component), Shape(policy.FilterComponent(system, AccessOperation.Query, component)));
        Assert.AreEqual(Shape(Profile()), Shape(policy.FilterProfile(system, AccessOperation.Query, Profile())));
        Assert.IsTrue(policy.PermitsAll(system, AccessOperation.Modify, component, [component]));
    }

    [TestMethod]
    public void Constructor_RulesFromCode_BehaveLikeReadRules()
    {
        var rules = new AuthorizationRules(Effect.Deny,
        [
            new AuthorizationRule("read", RequestorMatch.ProviderIds([Buddy]), [], [AccessOperation.Query], Effect.Permit),
        ]);
        var policy = new AccessPolicy(Alice, null, rules);

        Assert.AreEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(provider: Chat), AccessOperation.Query, Contacts, null));
    }
}
