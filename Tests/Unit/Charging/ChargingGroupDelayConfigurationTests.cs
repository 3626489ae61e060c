using GupSoap.Core.Charging;
using GupSoap.Core.Hosting;
using GupSoap.Server.Hosting;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Tests.Unit.Charging;

/// <summary><c>Gup:Charging:GroupDelay</c>: the default, a chosen value, and values refused at start with the setting named.</summary>
[TestClass]
public sealed class ChargingGroupDelayConfigurationTests
{
    private static IConfiguration With(string? value) => new ConfigurationBuilder()
        .AddInMemoryCollection(value is null ? [] : [new KeyValuePair<string, string?>("Gup:Charging:GroupDelay", value)])
        .Build();

    [TestMethod]
    public void Unset_IsTenMilliseconds()
    {
        Assert.AreEqual(TimeSpan.FromMilliseconds(10), ChargingHosting.GroupDelay(With(null)));
        Assert.AreEqual(ChargingWriter.DefaultGroupDelay, ChargingHosting.GroupDelay(With(null)));
    }

    [TestMethod]
    [DataRow("00:00:00", 0)]
    [DataRow("00:00:00.050", 50)]
    [DataRow("00:00:01", 1000)]
    public void InRange_IsTaken(string value, int milliseconds) =>
        Assert.AreEqual(TimeSpan.FromMilliseconds(milliseconds), ChargingHosting.GroupDelay(With(value)));

    [TestMethod]
    [DataRow("-00:00:00.001")]
    [DataRow("00:00:01.001")]
    [DataRow("00:01:00")]
    public void OutOfRange_IsRefusedNamingTheSetting(string value)
    {
        var refused = Assert.ThrowsExactly<ConfigurationException>(() => ChargingHosting.GroupDelay(With(value)));
        StringAssert.Contains(refused.Message, "Gup:Charging:GroupDelay");
    }
}
