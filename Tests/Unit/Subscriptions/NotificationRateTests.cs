using GupSoap.Server.Subscriptions;

namespace GupSoap.Tests.Unit.Subscriptions;

[TestClass]
public sealed class NotificationRateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [TestMethod]
    public void DueAt_BurstUpToTheQuota_IsNow_TheNextOneIsDelayedNotDropped()
    {
        var rate = new NotificationRate(perMinute: 6);
        for (var i = 0; i < 6; i++)
        {
            Assert.AreEqual(Now, rate.DueAt("app", Now), $"notification {i + 1}");
        }

        Assert.AreEqual(Now + TimeSpan.FromSeconds(10), rate.DueAt("app", Now));
        Assert.AreEqual(Now + TimeSpan.FromSeconds(20), rate.DueAt("app", Now));
    }

    [TestMethod]
    public void DueAt_AnotherApplication_HasItsOwnQuota()
    {
        var rate = new NotificationRate(perMinute: 1);
        Assert.AreEqual(Now, rate.DueAt("a", Now));
        Assert.AreEqual(Now, rate.DueAt("b", Now));
        Assert.AreEqual(Now + TimeSpan.FromMinutes(1), rate.DueAt("a", Now));
    }

    [TestMethod]
    public void DueAt_AfterAQuietMinute_AllowsAFullBurstAgain()
    {
        var rate = new NotificationRate(perMinute: 3);
        for (var i = 0; i < 4; i++)
        {
            rate.DueAt("app", Now);
        }

        var later = Now + TimeSpan.FromMinutes(3);
        for (var i = 0; i < 3; i++)
        {
            Assert.AreEqual(later, rate.DueAt("app", later));
        }
    }
}
