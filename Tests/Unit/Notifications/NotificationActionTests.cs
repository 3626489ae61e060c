using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

[TestClass]
public sealed class NotificationActionTests
{
    [TestMethod]
    [DataRow("<rg:Notify xmlns:rg=\"urn:3gpp:gup:2006-08:rg\"><x/></rg:Notify>", "urn:3gpp:gup:2006-08:rg:Notify")]
    [DataRow("<?xml version=\"1.0\"?>\n<NotifyData xmlns=\"urn:3gpp:gup:2006-08:rp\"/>", "urn:3gpp:gup:2006-08:rp:NotifyData")]
    public void Of_PayloadRoot_IsNamespaceColonLocalName(string payload, string action)
    {
        Assert.AreEqual(action, NotificationAction.Of(payload));
    }

    [TestMethod]
    [DataRow("not xml")]
    [DataRow("<Notify/>")]
    [DataRow("<!DOCTYPE x [<!ENTITY e \"e\">]><x xmlns=\"urn:x\"/>")]
    public void Of_NoNamespacedRoot_IsNull(string payload)
    {
        Assert.IsNull(NotificationAction.Of(payload));
    }
}
