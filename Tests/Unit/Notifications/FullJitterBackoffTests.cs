using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

[TestClass]
public sealed class FullJitterBackoffTests
{
    private static readonly DeliveryOptions Options = new() { BaseBackoff = TimeSpan.FromSeconds(1), MaxBackoff = TimeSpan.FromMinutes(5) };

    [TestMethod]
    [DataRow(1, 1.0, 1.0)]
    [DataRow(2, 1.0, 2.0)]
    [DataRow(4, 1.0, 8.0)]
    [DataRow(3, 0.25, 1.0)]
    [DataRow(1, 0.0, 0.0)]
    [DataRow(9, 1.0, 256.0)]
    [DataRow(10, 1.0, 300.0)]
    [DataRow(1000, 1.0, 300.0)]
    public void Delay_AttemptAndSample_IsSampleTimesCappedCeiling(int attempts, double sample, double seconds)
    {
        Assert.AreEqual(TimeSpan.FromSeconds(seconds), FullJitterBackoff.Delay(Options, attempts, sample));
    }
}
