using System.Xml.Linq;
using GupSoap.Core.Authorization;
using static GupSoap.Tests.Unit.Authorization.AuthorizationFixtures;

namespace GupSoap.Tests.Unit.Authorization;

/// <summary>The RAF's final, instance-level check before a write (TS 23.240 §4.2.1.4).</summary>
[TestClass]
public sealed class PermitsAllTests
{
    private static readonly AccessPolicy EntriesButPin = Policy("Deny",
        Rule("entries", "Permit", ["/p:Contacts/p:Entry", "/p:Contacts/@owner"], operations: "Modify"),
        Rule("pin", "Deny", ["/p:Contacts/p:Entry[@id='e2']/p:Pin"], operations: "Modify", priority: 1));

    private static bool PermitsAll(AccessPolicy policy, XElement component, params XObject[] targets) =>
        policy.PermitsAll(Who(), AccessOperation.Modify, component, targets);

    [TestMethod]
    public void PermitsAll_SubtreeFullyPermitted_IsTrue()
    {
        var component = ContactsComponent();
        var first = component.Elements(PNs + "Entry").First();

        Assert.IsTrue(PermitsAll(EntriesButPin, component, first));
        Assert.IsTrue(PermitsAll(EntriesButPin, component, first.Element(PNs + "Pin")!, first.Attribute("note")!));
    }

    [TestMethod]
    public void PermitsAll_DeniedNodeBelowTarget_IsFalse()
    {
        var component = ContactsComponent();
        var second = component.Elements(PNs + "Entry").Last();

        Assert.IsFalse(PermitsAll(EntriesButPin, component, second));
        Assert.IsFalse(PermitsAll(EntriesButPin, component, component));
        Assert.IsTrue(PermitsAll(EntriesButPin, component, second.Element(PNs + "Phone")!));
    }

    [TestMethod]
    public void PermitsAll_AnyTargetDenied_IsFalse()
    {
        var component = ContactsComponent();
        var first = component.Elements(PNs + "Entry").First();

        Assert.IsFalse(PermitsAll(EntriesButPin, component, first, component.Element(PNs + "Name")!));
    }

    [TestMethod]
    public void PermitsAll_Attribute_IsJudgedAlone()
    {
        var component = ContactsComponent();

        Assert.IsTrue(PermitsAll(EntriesButPin, component, component.Attribute("owner")!));
        Assert.IsFalse(PermitsAll(EntriesButPin, component, component.Attribute("secret")!));
    }

    [TestMethod]
    public void PermitsAll_DeniedAttributeUnderPermittedElement_IsFalse()
    {
        var policy = Policy("Deny",
            Rule("all", "Permit", ["/p:Contacts"]),
            Rule("note", "Deny", ["/p:Contacts/p:Entry/@note"], priority: 1));
        var component = ContactsComponent();

        Assert.IsFalse(PermitsAll(policy, component, component.Elements(PNs + "Entry").First()));
        Assert.IsTrue(PermitsAll(policy, component, component.Element(PNs + "Name")!));
    }

    [TestMethod]
    public void PermitsAll_Text_IsJudgedByItsElement()
    {
        var component = ContactsComponent();
        var phone = component.Elements(PNs + "Entry").Last().Element(PNs + "Phone")!;
        var pin = component.Elements(PNs + "Entry").Last().Element(PNs + "Pin")!;

        Assert.IsTrue(PermitsAll(EntriesButPin, component, phone.FirstNode!));
        Assert.IsFalse(PermitsAll(EntriesButPin, component, pin.FirstNode!));
    }

    [TestMethod]
    public void PermitsAll_NodeOfAnotherDocument_IsFalse()
    {
        var component = ContactsComponent();
        var stranger = ContactsComponent().Elements(PNs + "Entry").First();

        Assert.IsFalse(PermitsAll(Policy("Permit"), component, stranger));
        Assert.IsFalse(PermitsAll(Policy("Permit"), component, new XAttribute("a", "b")));
    }

    [TestMethod]
    public void PermitsAll_NoTargets_IsTrue()
    {
        Assert.IsTrue(PermitsAll(EntriesButPin, ContactsComponent()));
    }

    [TestMethod]
    public void PermitsAll_OtherOperation_UsesItsOwnRules()
    {
        var component = ContactsComponent();

        Assert.IsFalse(EntriesButPin.PermitsAll(Who(), AccessOperation.Delete, component, [component.Elements(PNs + "Entry").First()]));
    }

    [TestMethod]
    public void PermitsAll_WholeProfileRuleFromSubscriber_PermitsOwnerOnly()
    {
        var policy = Policy("Deny", Rule("owner", "Permit", requestor: "<gup:Subscriber/>"));
        var component = ContactsComponent();

        Assert.IsTrue(policy.PermitsAll(Who(subscriber: Alice), AccessOperation.Modify, component, [component]));
        Assert.IsFalse(policy.PermitsAll(Who(subscriber: "sip:bob@example.org"), AccessOperation.Modify, component, [component]));
    }
}
