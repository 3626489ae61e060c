using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Core.Authorization;
using GupSoap.Schemas;
using GupSoap.Server.Demo;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>The demo subscribers' rules (Server/Demo/DemoRules.cs) on a demo-shaped profile: the demo application reads presence, nothing else.</summary>
[TestClass]
public sealed class DemoRulesTests
{
    private static readonly XNamespace Sub = Namespaces.Subscriber;
    private static readonly XNamespace Pres = Namespaces.Presence;
    private static readonly XName PresenceSettings = Pres + "PresenceSettings";
    private static readonly XName SubscriberInfo = Sub + "SubscriberInfo";

    private static XElement RulesComponent() => new(Gup + "AuthorizationRules", DemoRules.For(Gup));

    private static AccessPolicy DemoPolicy()
    {
        var (rules, error) = AuthorizationRules.Read(RulesComponent());
        Assert.IsNotNull(rules, error);
        return new AccessPolicy(Alice, null, rules);
    }

    private static XElement DemoProfile() => new(Gup + "Profile", new XAttribute("resourceID", Alice),
        new XElement(SubscriberInfo, new XElement(Sub + "DisplayName", "Alice"), new XElement(Sub + "MSISDN", "+46700000001")),
        RulesComponent(),
        new XElement(PresenceSettings,
            new XElement(Pres + "Status", "open"),
            new XElement(Pres + "Device", new XAttribute("id", "phone"), new XElement(Pres + "Status", "open"))));

    [TestMethod]
    public void DemoRules_AreSchemaValid()
    {
        var result = SchemaRegistry.Default.Validate(RulesComponent());

        Assert.IsTrue(result.IsValid, result.Error);
    }

    [TestMethod]
    public void DemoApplication_Query_SeesOnlyPresence()
    {
        var demo = Who(provider: DemoRules.DemoApplication);

        var filtered = DemoPolicy().FilterProfile(demo, AccessOperation.Query, DemoProfile());

        Assert.AreEqual($"Profile[resourceID={Alice}](PresenceSettings(Status:open,Device[id=phone](Status:open)))", Shape(filtered));
    }

    [TestMethod]
    public void DemoApplication_Decide_PresenceReadOnly()
    {
        var policy = DemoPolicy();
        var demo = Who(provider: DemoRules.DemoApplication);

        Assert.IsTrue(policy.GrantsAnything(demo));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(demo, AccessOperation.Query, PresenceSettings, null));
        Assert.AreEqual(AccessDecision.Permit, policy.Decide(demo, AccessOperation.Subscribe, PresenceSettings, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(demo, AccessOperation.Modify, PresenceSettings, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(demo, AccessOperation.Query, SubscriberInfo, null));
        Assert.AreEqual(AccessDecision.Deny, policy.Decide(demo, AccessOperation.Query, Gup + "AuthorizationRules", null));
    }

    [TestMethod]
    public void OtherApplication_HasNoAccessAtAll()
    {
        var policy = DemoPolicy();
        var stranger = Who(provider: "urn:example:app:stranger");

        Assert.IsFalse(policy.GrantsAnything(stranger));
        Assert.IsNull(policy.FilterProfile(stranger, AccessOperation.Query, DemoProfile()));
    }
}
