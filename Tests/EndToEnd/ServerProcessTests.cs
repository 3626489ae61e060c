using GupSoap.Tests.Support;

namespace GupSoap.Tests.EndToEnd;

/// <summary>The executable itself, started as its own process the way an operator (or the later fault tests) does.</summary>
[TestClass]
public sealed class ServerProcessTests
{
    [TestMethod]
    public async Task Executable_RoleRaf_StartsLogsItsAddressAndServesRp()
    {
        await using var raf = await ServerProcess.StartAsync("--role", "raf", "--raf-name", "hss");
        var resource = SharedServer.NewSubscriber("process");
        var created = await SoapHttp.PostAsync(raf.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Create(resource, "sub:SubscriberInfo", SoapMessages.SubscriberInfo())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        var read = await SoapHttp.PostAsync(raf.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read(resource, "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")));
        Assert.AreEqual("OK", read.StatusCode, read.Text);
    }
}
