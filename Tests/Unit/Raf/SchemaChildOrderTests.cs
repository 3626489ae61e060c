using System.Xml.Linq;
using GupSoap.Raf.Data;
using GupSoap.Schemas;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf;

/// <summary>Child order read from the compiled component schemas.</summary>
[TestClass]
public sealed class SchemaChildOrderTests
{
    private static readonly SchemaChildOrder Order = new(SchemaRegistry.Default);

    [TestMethod]
    [DataRow("DisplayName", 0)]
    [DataRow("Language", 1)]
    [DataRow("MSISDN", 2)]
    public void IndexOf_SubscriberInfoChild_FollowsTheSequence(string child, int expected)
    {
        Assert.AreEqual(expected, Order.Of(SubscriberInfo()).IndexOf(Sub + child));
    }

    [TestMethod]
    public void IndexOf_EmptyParent_StillKnowsTheOrder()
    {
        Assert.AreEqual(1, Order.Of(new XElement(Pres + "PresenceSettings")).IndexOf(Pres + "Note"));
    }

    [TestMethod]
    [DataRow("Status", 0)]
    [DataRow("Note", 1)]
    [DataRow("Device", 2)]
    public void IndexOf_PresenceSettingsChild_FollowsTheSequence(string child, int expected)
    {
        Assert.AreEqual(expected, Order.Of(PresenceSettings()).IndexOf(Pres + child));
    }

    [TestMethod]
    public void IndexOf_NestedParent_UsesTheNestedContentModel()
    {
        var device = PresenceSettings().Element(Pres + "Device")!;

        Assert.AreEqual(0, Order.Of(device).IndexOf(Pres + "Status"));
        Assert.AreEqual(-1, Order.Of(device).IndexOf(Pres + "Note"));
        Assert.AreEqual(-1, Order.Of(device).IndexOf(Pres + "Device"));
    }

    [TestMethod]
    public void IndexOf_SameNameUnderDifferentParents_IsCachedPerPath()
    {
        var component = PresenceSettings();
        var device = component.Element(Pres + "Device")!;

        Assert.AreEqual(2, Order.Of(component).IndexOf(Pres + "Device"));
        Assert.AreEqual(-1, Order.Of(device).IndexOf(Pres + "Device"));
        Assert.AreEqual(2, Order.Of(component).IndexOf(Pres + "Device"));
    }

    [TestMethod]
    public void IndexOf_UnknownParent_IsMinusOne()
    {
        var parent = XElement.Parse("""<Other xmlns="urn:example:other"><DisplayName/></Other>""");

        Assert.AreEqual(-1, Order.Of(parent).IndexOf(Sub + "DisplayName"));
        Assert.AreEqual(-1, Order.Of(parent).IndexOf(XName.Get("DisplayName", "urn:example:other")));
    }

    [TestMethod]
    public void IndexOf_UnknownNestedParent_IsMinusOne()
    {
        var component = SubscriberInfo();
        var unknown = new XElement(Sub + "Unknown");
        component.Add(unknown);

        Assert.AreEqual(-1, Order.Of(unknown).IndexOf(Sub + "DisplayName"));
    }

    [TestMethod]
    public void IndexOf_SimpleTypedParent_IsMinusOne()
    {
        var displayName = SubscriberInfo().Element(Sub + "DisplayName")!;

        Assert.AreEqual(-1, Order.Of(displayName).IndexOf(Sub + "DisplayName"));
    }

    [TestMethod]
    [DataRow("Note", ComponentTypeNames.SubscriberNamespace, DisplayName = "name from another component")]
    [DataRow("MSISDN", "", DisplayName = "right local name, no namespace")]
    [DataRow("MSISDN", ComponentTypeNames.PresenceNamespace, DisplayName = "right local name, other namespace")]
    public void IndexOf_UnknownChild_IsMinusOne(string localName, string ns)
    {
        Assert.AreEqual(-1, Order.Of(SubscriberInfo()).IndexOf(XName.Get(localName, ns)));
    }

    [TestMethod]
    public void IndexOf_McpttProfileChildren_FollowTheSequence()
    {
        var profile = new XElement(ComponentTypeNames.McpttUserProfile);
        XNamespace up = ComponentTypeNames.McpttUserProfileNamespace;

        Assert.AreEqual(0, Order.Of(profile).IndexOf(up + "ProfileName"));
        Assert.AreEqual(4, Order.Of(profile).IndexOf(up + "Groups"));
        Assert.AreEqual(6, Order.Of(profile).IndexOf(up + "EmergencyAlert"));
        Assert.AreEqual(7, Order.Of(profile).IndexOf(up + "PrivateCallAllowed"));

        var groups = new XElement(up + "Groups");
        profile.Add(groups);
        Assert.AreEqual(0, Order.Of(groups).IndexOf(up + "Group"));
    }

    [TestMethod]
    public void AllowsRepeat_FollowsMaxOccurs_AndUnknownChildrenAreLeftToValidation()
    {
        var content = Order.Of(SubscriberInfo());
        Assert.IsTrue(content.AllowsRepeat(Sub + "MSISDN"));
        Assert.IsFalse(content.AllowsRepeat(Sub + "DisplayName"));
        Assert.IsTrue(content.AllowsRepeat(Sub + "NotInTheSchema"));
    }
}
