using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

[TestClass]
public sealed class RequestorMatchTests
{
    [TestMethod]
    public void Matches_AnyRequestor_MatchesEveryone()
    {
        var any = RequestorMatch.Any();

        Assert.IsTrue(any.Matches(Who(), Alice));
        Assert.IsTrue(any.Matches(Who(provider: "urn:example:stranger", hplmn: false), Alice));
    }

    [TestMethod]
    public void Matches_ProviderIds_ComparesOrdinally()
    {
        var providers = RequestorMatch.ProviderIds([Buddy, Chat]);

        Assert.IsTrue(providers.Matches(Who(provider: Chat), Alice));
        Assert.IsFalse(providers.Matches(Who(provider: Chat.ToUpperInvariant()), Alice));
        Assert.IsFalse(providers.Matches(Who(provider: Buddy + " "), Alice));
        Assert.IsFalse(providers.Matches(Who(provider: "urn:example:app"), Alice));
    }

    [TestMethod]
    public void Matches_ApplicationIds_UsesTheApplicationNotTheProvider()
    {
        var applications = RequestorMatch.ApplicationIds(["app-1"]);

        Assert.IsTrue(applications.Matches(Who(application: "app-1"), Alice));
        Assert.IsFalse(applications.Matches(Who(provider: "app-1"), Alice), "no application id never matches");
        Assert.IsFalse(applications.Matches(Who(application: "APP-1"), Alice));
    }

    [TestMethod]
    public void Matches_Subscriber_OnlyTheProfileOwner()
    {
        var owner = RequestorMatch.Subscriber();

        Assert.IsTrue(owner.Matches(Who(subscriber: Alice), Alice));
        Assert.IsFalse(owner.Matches(Who(subscriber: "sip:bob@example.org"), Alice));
        Assert.IsFalse(owner.Matches(Who(subscriber: "SIP:alice@example.org"), Alice));
        Assert.IsFalse(owner.Matches(Who(subscriber: null), Alice));
        Assert.IsFalse(owner.Matches(Who(provider: Alice), Alice), "the provider id is not the subscriber");
    }

    [TestMethod]
    [DataRow(null, true, true)]
    [DataRow(null, false, true)]
    [DataRow(true, true, true)]
    [DataRow(true, false, false)]
    [DataRow(false, true, false)]
    [DataRow(false, false, true)]
    public void Matches_HplmnFlag_RestrictsByNetwork(bool? ruleHplmn, bool requestorHplmn, bool expected)
    {
        RequestorMatch[] matches =
        [
            RequestorMatch.Any(ruleHplmn),
            RequestorMatch.ProviderIds([Buddy], ruleHplmn),
            RequestorMatch.ApplicationIds(["app-1"], ruleHplmn),
            RequestorMatch.Subscriber(ruleHplmn),
        ];
        var who = Who(application: "app-1", subscriber: Alice, hplmn: requestorHplmn);

        foreach (var match in matches)
        {
            Assert.AreEqual(expected, match.Matches(who, Alice), match.Kind.ToString());
        }
    }

    [TestMethod]
    public void ProviderIds_NoIds_Throws()
    {
        Assert.ThrowsExactly<ArgumentException>(() => RequestorMatch.ProviderIds([]));
        Assert.ThrowsExactly<ArgumentException>(() => RequestorMatch.ApplicationIds([""]));
    }

    [TestMethod]
    [DataRow("<gup:ProviderID>urn:example:app:buddy</gup:ProviderID>", null, true)]
    [DataRow("<gup:ProviderID>urn:example:app:chat</gup:ProviderID>", null, false)]
    [DataRow("<gup:ApplicationID>app-1</gup:ApplicationID>", null, true)]
    [DataRow("<gup:Subscriber/>", null, true)]
    [DataRow("<gup:AnyRequestor/>", "false", false)]
    [DataRow("<gup:AnyRequestor/>", "true", true)]
    public void Policy_RuleRequestor_DecidesWhetherTheRuleApplies(string requestor, string? hplmn, bool expected)
    {
        var policy = Policy("Deny", Rule("r", "Permit", requestor: requestor, hplmn: hplmn));
        var who = Who(application: "app-1", subscriber: Alice, hplmn: true);

        Assert.AreEqual(expected, policy.GrantsAnything(who));
        Assert.AreEqual(expected ? AccessDecision.Permit : AccessDecision.Deny, policy.Decide(who, AccessOperation.Query, Contacts, null));
    }
}
