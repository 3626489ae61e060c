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
        Assert.AreEqual(expected, Order.IndexOf(SubscriberInfo(), Sub + child));
    }

    [TestMethod]
    public void IndexOf_EmptyParent_StillKnowsTheOrder()
    {
        Assert.AreEqual(1, Order.IndexOf(new XElement(Pres + "PresenceSettings"), Pres + "Note"));
    }

    [TestMethod]
    [DataRow("Status", 0)]
    [DataRow("Note", 1)]
    [DataRow("Device", 2)]
    public void IndexOf_PresenceSettingsChild_FollowsTheSequence(string child, int expected)
    {
        Assert.AreEqual(expected, Order.IndexOf(PresenceSettings(), Pres + child));
    }

    [TestMethod]
    public void IndexOf_NestedParent_UsesTheNestedContentModel()
    {
        var device = PresenceSettings().Element(Pres + "Device")!;

        Assert.AreEqual(0, Order.IndexOf(device, Pres + "Status"));
        Assert.AreEqual(-1, Order.IndexOf(device, Pres + "Note"));
        Assert.AreEqual(-1, Order.IndexOf(device, Pres + "Device"));
    }

    [TestMethod]
    public void IndexOf_SameNameUnderDifferentParents_IsCachedPerPath()
    {
        var component = PresenceSettings();
        var device = component.Element(Pres + "Device")!;

        Assert.AreEqual(2, Order.IndexOf(component, Pres + "Device"));
        Assert.AreEqual(-1, Order.IndexOf(device, Pres + "Device"));
        Assert.AreEqual(2, Order.IndexOf(component, Pres + "Device"));
    }

    [TestMethod]
    public void IndexOf_UnknownParent_IsMinusOne()
    {
        var parent = XElement.Parse("""<Other xmlns="urn:example:other"><DisplayName/></Other>""");

        Assert.AreEqual(-1, Order.IndexOf(parent, Sub + "DisplayName"));
        Assert.AreEqual(-1, Order.IndexOf(parent, XName.Get("DisplayName", "urn:example:other")));
    }

    [TestMethod]
    public void IndexOf_UnknownNestedParent_IsMinusOne()
    {
        var component = SubscriberInfo();
        var unknown = new XElement(Sub + "Unknown");
        component.Add(unknown);

        Assert.AreEqual(-1, Order.IndexOf(unknown, Sub + "DisplayName"));
    }

    [TestMethod]
    public void IndexOf_SimpleTypedParent_IsMinusOne()
    {
        var displayName = SubscriberInfo().Element(Sub + "DisplayName")!;

        Assert.AreEqual(-1, Order.IndexOf(displayName, Sub + "DisplayName"));
    }

    [TestMethod]
    [DataRow("Note", ComponentTypeNames.SubscriberNamespace, DisplayName = "name from another component")]
    [DataRow("MSISDN", "", DisplayName = "right local name, no namespace")]
    [DataRow("MSISDN", ComponentTypeNames.PresenceNamespace, DisplayName = "right local name, other namespace")]
    public void IndexOf_UnknownChild_IsMinusOne(string localName, string ns)
    {
        Assert.AreEqual(-1, Order.IndexOf(SubscriberInfo(), XName.Get(localName, ns)));
    }

    [TestMethod]
    public void IndexOf_McpttProfileChildren_FollowTheSequence()
    {
        var profile = new XElement(ComponentTypeNames.McpttUserProfile);
        XNamespace up = ComponentTypeNames.McpttUserProfileNamespace;

        Assert.AreEqual(0, Order.IndexOf(profile, up + "ProfileName"));
        Assert.AreEqual(4, Order.IndexOf(profile, up + "Groups"));
        Assert.AreEqual(6, Order.IndexOf(profile, up + "EmergencyAlert"));
        Assert.AreEqual(7, Order.IndexOf(profile, up + "PrivateCallAllowed"));

        var groups = new XElement(up + "Groups");
        profile.Add(groups);
        Assert.AreEqual(0, Order.IndexOf(groups, up + "Group"));
    }
}
