using System.ServiceModel;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd.Wcf;

/// <summary>A WCF client refused by load control (HTTP 503) raises <see cref="ServerTooBusyException"/>, as WCF clients expect.</summary>
[TestClass]
public sealed class WcfLoadControlTests
{
    [TestMethod]
    public async Task WcfClient_ApplicationOverItsRate_ServerTooBusyException()
    {
        await using var server = await GupServer.StartAsync("--Gup:Limits:Hplmn:TokenLimit=1", "--Gup:Limits:Hplmn:TokensPerPeriod=1", "--Gup:Limits:Hplmn:ReplenishmentPeriod=01:00:00");
        using var factory = new ChannelFactory<IRgChannel>(new BasicHttpBinding(), new EndpointAddress(server.Rg));
        var channel = factory.CreateChannel();

        var first = await WcfRgClientTests.CallAsync(channel, false, c => c.QueryAsync(new(WcfRgClientTests.WholeProfileQuery("sip:alice@example.org"))));
        Assert.IsNotNull(first.Body);

        await Assert.ThrowsExactlyAsync<ServerTooBusyException>(
            () => WcfRgClientTests.CallAsync(channel, false, c => c.QueryAsync(new(WcfRgClientTests.WholeProfileQuery("sip:alice@example.org")))));
        ((IClientChannel)channel).Abort();
    }
}
