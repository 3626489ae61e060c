using System.Xml.Linq;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Tests.Unit.DataReferences;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md A7 and A8 against the authorization engine: whatever is selected (parent, whole profile, wildcard),
/// a denied node never leaves the filter, and a requestor without access cannot tell a profile exists.
/// </summary>
[TestClass]
public sealed class PrivacyAttackTests
{
    /// <summary>Everything but the PINs: the usual shape of a privacy rule set.</summary>
    private static AccessPolicy PinsHidden() => Policy("Deny",
        Rule("read", "Permit", ["/p:Contacts", "/q:Other"]),
        Rule("pins", "Deny", ["/p:Contacts/p:Entry/p:Pin"], priority: 1));

    /// <summary>What the RAF answers for a Select, then what the privacy filter lets through, as the Query path does.</summary>
    private static XElement? QueryThenFilter(AccessPolicy policy, string select)
    {
        var component = ContactsComponent();
        var reference = TestPrefixes.ParseOk(select);
        var selected = DataReferenceWalker.SelectInComponent(component, reference);
        Assert.IsNotEmpty(selected, "the select must address data");
        return policy.FilterComponent(Who(), AccessOperation.Query, component);
    }

    private static void AssertNoPin(XElement? filtered)
    {
        Assert.IsNotNull(filtered);
        Assert.IsFalse(filtered.DescendantsAndSelf(PNs + "Pin").Any(), Shape(filtered));
        Assert.DoesNotContain("1234", filtered.ToString());
        Assert.DoesNotContain("9999", filtered.ToString());
    }

    [TestMethod]
    public void PrivacyBypass_ParentSelect_DoesNotRevealDeniedChild()
    {
        AssertNoPin(QueryThenFilter(PinsHidden(), "/p:Contacts/p:Entry"));
        AssertNoPin(QueryThenFilter(PinsHidden(), "/p:Contacts"));
    }

    [TestMethod]
    public void PrivacyBypass_WholeProfileSelect_DoesNotRevealDeniedChild()
    {
        var filtered = PinsHidden().FilterProfile(Who(), AccessOperation.Query, Profile());

        AssertNoPin(filtered);
        Assert.AreEqual($"Profile[resourceID={Alice}](Contacts[owner=alice secret=s1](Name:Alice,Entry[id=e1 note=n1](Phone:111),Entry[id=e2 note=n2](Phone:222),Meta:m),Other(V:v))", Shape(filtered));
    }

    [TestMethod]
    public void PrivacyBypass_WildcardSelect_DoesNotRevealDeniedChild()
    {
        AssertNoPin(QueryThenFilter(PinsHidden(), "/p:Contacts/*"));
        AssertNoPin(QueryThenFilter(PinsHidden(), "/p:Contacts/*/*"));
        AssertNoPin(QueryThenFilter(PinsHidden(), "/*"));
    }

    [TestMethod]
    public void PrivacyBypass_WildcardPermitRule_DoesNotOutweighNamedDeny()
    {
        var policy = Policy("Deny",
            Rule("everything", "Permit", ["/*", "/*/*/*"]),
            Rule("pins", "Deny", ["/p:Contacts/p:Entry/p:Pin"]));

        AssertNoPin(policy.FilterProfile(Who(), AccessOperation.Query, Profile()));
    }

    [TestMethod]
    public void PrivacyBypass_WildcardDenyRule_HidesEveryMatch()
    {
        var policy = Policy("Permit", Rule("third-level", "Deny", ["/*/*/p:Pin"]));

        AssertNoPin(policy.FilterProfile(Who(), AccessOperation.Query, Profile()));
        Assert.AreEqual(AccessDecision.Partial, policy.Decide(Who(), AccessOperation.Query, Contacts, TestPrefixes.ParseOk("/p:Contacts/p:Entry")));
    }

    [TestMethod]
    public void PrivacyBypass_AttributeOnlyDeny_RemovesAttributeKeepsElement()
    {
        var policy = Policy("Deny",
            Rule("read", "Permit", ["/p:Contacts"]),
            Rule("secret", "Deny", ["/p:Contacts/@secret"], priority: 1));

        var filtered = QueryThenFilter(policy, "/p:Contacts");

        Assert.IsNotNull(filtered);
        Assert.IsNull(filtered.Attribute("secret"));
        Assert.AreEqual("alice", (string?)filtered.Attribute("owner"));
        Assert.DoesNotContain("s1", filtered.ToString());
        Assert.AreEqual(AccessDecision.Partial, policy.Decide(Who(), AccessOperation.Query, Contacts, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(Who(), AccessOperation.Query, Contacts, TestPrefixes.ParseOk("/p:Contacts/@secret")));
    }

    [TestMethod]
    public void PrivacyBypass_PredicateSibling_DeniedChildUnderPermittedParentStaysHidden()
    {
        var policy = Policy("Deny",
            Rule("entries", "Permit", ["/p:Contacts/p:Entry"]),
            Rule("e2-pin", "Deny", ["/p:Contacts/p:Entry[@id='e2']/p:Pin"], priority: 1));

        var filtered = QueryThenFilter(policy, "/p:Contacts/p:Entry");

        Assert.AreEqual("Contacts(Entry[id=e1 note=n1](Phone:111,Pin:1234),Entry[id=e2 note=n2](Phone:222))", Shape(filtered));
        Assert.DoesNotContain("9999", filtered!.ToString());
    }

    [TestMethod]
    public void PrivacyBypass_PredicateSibling_SameNamedDeniedSiblingStaysHidden()
    {
        var policy = Policy("Deny", Rule("e1", "Permit", ["/p:Contacts/p:Entry[@id='e1']"]));

        var filtered = QueryThenFilter(policy, "/p:Contacts/p:Entry[2]");

        Assert.AreEqual("Contacts(Entry[id=e1 note=n1](Phone:111,Pin:1234))", Shape(filtered));
        Assert.AreEqual(AccessDecision.Partial, policy.Decide(Who(), AccessOperation.Query, Contacts, TestPrefixes.ParseOk("/p:Contacts/p:Entry[2]")));
    }

    [TestMethod]
    public void PrivacyBypass_DeniedParentOfPermittedChild_RevealsNoParentTextOrAttributes()
    {
        var component = XElement.Parse("""<p:Contacts xmlns:p="urn:example:p" secret="s1">diary<p:Name>Alice</p:Name></p:Contacts>""");
        var policy = Policy("Deny", Rule("name", "Permit", ["/p:Contacts/p:Name"]));

        var filtered = policy.FilterComponent(Who(), AccessOperation.Query, component);

        Assert.AreEqual("Contacts(Name:Alice)", Shape(filtered));
        Assert.DoesNotContain("diary", filtered!.ToString());
        Assert.DoesNotContain("s1", filtered.ToString());
    }

    [TestMethod]
    public void PrivacyBypass_PredicateOracleOnDeniedChild_FilteredViewAnswersNothing()
    {
        // The Select is evaluated on what the requestor may see, so a predicate cannot test a hidden value.
        var probe = TestPrefixes.ParseOk("/p:Contacts/p:Entry[p:Pin='1234']");
        var filtered = PinsHidden().FilterComponent(Who(), AccessOperation.Query, ContactsComponent());

        Assert.IsNotEmpty(DataReferenceWalker.SelectInComponent(ContactsComponent(), probe), "unfiltered, the probe would answer");
        Assert.IsEmpty(DataReferenceWalker.SelectInComponent(filtered!, probe));
    }

    [TestMethod]
    public void PrivacyBypass_PrefixRebinding_DoesNotEscapeDenyRule()
    {
        var component = XElement.Parse("""
            <x:Contacts xmlns:x="urn:example:p" xmlns:p="urn:example:decoy">
              <x:Entry id="e1"><x:Phone>111</x:Phone><x:Pin>1234</x:Pin><p:Pin>decoy</p:Pin></x:Entry>
            </x:Contacts>
            """);

        var filtered = PinsHidden().FilterComponent(Who(), AccessOperation.Query, component);

        Assert.AreEqual("Contacts(Entry[id=e1](Phone:111,Pin:decoy))", Shape(filtered));
        Assert.DoesNotContain("1234", filtered!.ToString());
    }

    [TestMethod]
    public void PrivacyBypass_OverwriteParentOfDeniedChild_IsRefused()
    {
        var policy = Policy("Deny",
            Rule("write", "Permit", ["/p:Contacts"], operations: "Modify"),
            Rule("pins", "Deny", ["/p:Contacts/p:Entry/p:Pin"], operations: "Modify", priority: 1));
        var component = ContactsComponent();

        Assert.AreNotEqual(AccessDecision.Permit, policy.Decide(Who(), AccessOperation.Modify, Contacts, TestPrefixes.ParseOk("/p:Contacts/p:Entry")));
        Assert.IsFalse(policy.PermitsAll(Who(), AccessOperation.Modify, component, [component.Elements(PNs + "Entry").First()]));
        Assert.IsTrue(policy.PermitsAll(Who(), AccessOperation.Modify, component, [component.Element(PNs + "Name")!]));
    }

    [TestMethod]
    public void PrivacyBypass_NotificationFilteredLikeQuery()
    {
        var policy = Policy("Deny",
            Rule("watch", "Permit", ["/p:Contacts"], operations: "Subscribe"),
            Rule("pins", "Deny", ["/p:Contacts/p:Entry/p:Pin"], operations: "All", priority: 1));

        AssertNoPin(policy.FilterComponent(Who(), AccessOperation.Subscribe, ContactsComponent()));
        Assert.IsNull(policy.FilterComponent(Who(), AccessOperation.Query, ContactsComponent()));
    }

    [TestMethod]
    public void ForeignResource_SubscriberRule_GivesNoAccessToAnotherProfile()
    {
        var rules = Rules("Deny", Rule("owner", "Permit", requestor: "<gup:Subscriber/>"));
        var bobsProfile = new AccessPolicy("sip:bob@example.org", null, rules);
        var alice = Who(subscriber: Alice);

        Assert.IsFalse(bobsProfile.GrantsAnything(alice));
        Assert.IsNull(bobsProfile.FilterProfile(alice, AccessOperation.Query, Profile()));
        Assert.AreEqual(AccessDecision.Deny, bobsProfile.Decide(alice, AccessOperation.Modify, Contacts, null));
    }

    [TestMethod]
    public void RequestorSpoofing_NearMissIdentities_DoNotMatch()
    {
        var policy = Policy("Deny",
            Rule("buddy", "Permit", requestor: $"<gup:ProviderID>{Buddy}</gup:ProviderID>", hplmn: "true"));

        Assert.IsTrue(policy.GrantsAnything(Who(provider: Buddy, hplmn: true)));
        Assert.IsFalse(policy.GrantsAnything(Who(provider: Buddy, hplmn: false)), "outside the home network");
        Assert.IsFalse(policy.GrantsAnything(Who(provider: Buddy.ToUpperInvariant())));
        Assert.IsFalse(policy.GrantsAnything(Who(provider: Buddy + "/")));
        Assert.IsFalse(policy.GrantsAnything(Who(provider: "urn:example:other", application: Buddy)), "an application id is not a provider id");
    }
}
