using System.Xml.Linq;
using GupSoap.Core.DataReferences;
using GupSoap.Raf.Notifications;
using static GupSoap.Tests.Unit.Raf.RafTestData;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>Which changes concern a subscription (TS 23.240 §4.4.6): compared on what each select names, old against new.</summary>
[TestClass]
public sealed class AffectedSelectsTests
{
    private static XElement With(Action<XElement> change)
    {
        var info = SubscriberInfo();
        change(info);
        return info;
    }

    private static bool Affected(XElement? before, XElement? after, params string[] selects) =>
        AffectedSelects.IsAffected(selects.Select(Select).ToList(), before, after);

    [TestMethod]
    public void IsAffected_NoSelects_AnyChange() =>
        Assert.IsTrue(Affected(SubscriberInfo(), SubscriberInfo()));

    [TestMethod]
    public void IsAffected_CreatedOrDeleted_AlwaysTrue()
    {
        Assert.IsTrue(Affected(null, SubscriberInfo(), "/sub:SubscriberInfo/sub:Language"));
        Assert.IsTrue(Affected(SubscriberInfo(), null, "/sub:SubscriberInfo/sub:Language"));
    }

    [TestMethod]
    public void IsAffected_OtherElementChanged_False() =>
        Assert.IsFalse(Affected(SubscriberInfo(), With(i => i.Element(Sub + "DisplayName")!.Value = "Bob"), "/sub:SubscriberInfo/sub:Language"));

    [TestMethod]
    public void IsAffected_SelectedElementChanged_True() =>
        Assert.IsTrue(Affected(SubscriberInfo(), With(i => i.Element(Sub + "Language")!.Value = "sv"), "/sub:SubscriberInfo/sub:DisplayName", "/sub:SubscriberInfo/sub:Language"));

    [TestMethod]
    public void IsAffected_SelectedElementAddedOrRemoved_True()
    {
        Assert.IsTrue(Affected(SubscriberInfo(), With(i => i.Add(new XElement(Sub + "MSISDN", "333"))), "/sub:SubscriberInfo/sub:MSISDN"));
        Assert.IsTrue(Affected(SubscriberInfo(), With(i => i.Elements(Sub + "MSISDN").Last().Remove()), "/sub:SubscriberInfo/sub:MSISDN"));
    }

    [TestMethod]
    public void IsAffected_OnlyAnotherPositionChanged_False() =>
        Assert.IsFalse(Affected(SubscriberInfo(), With(i => i.Elements(Sub + "MSISDN").Last().Value = "999"), "/sub:SubscriberInfo/sub:MSISDN[1]"));

    [TestMethod]
    public void IsAffected_Attribute_ComparesItsValue()
    {
        var before = PresenceSettings();
        var renamed = PresenceSettings();
        renamed.Element(Pres + "Device")!.SetAttributeValue("id", "tablet");
        var statusChanged = PresenceSettings();
        statusChanged.Element(Pres + "Status")!.Value = "closed";
        var references = new List<DataReference> { Select("/pres:PresenceSettings/pres:Device/@id") };

        Assert.IsTrue(AffectedSelects.IsAffected(references, before, renamed));
        Assert.IsFalse(AffectedSelects.IsAffected(references, before, statusChanged));
    }

    [TestMethod]
    public void IsAffected_ChangeBelowSelectedElement_True() =>
        Assert.IsTrue(Affected(PresenceSettings(), PresenceWithDeviceStatus("open"), "/pres:PresenceSettings/pres:Device"));

    private static XElement PresenceWithDeviceStatus(string status)
    {
        var presence = PresenceSettings();
        presence.Element(Pres + "Device")!.Element(Pres + "Status")!.Value = status;
        return presence;
    }
}
