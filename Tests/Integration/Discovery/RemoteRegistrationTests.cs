using System.Net;
using System.Net.Sockets;
using GupSoap.Contracts.Disco;
using GupSoap.Server.Hosting;
using GupSoap.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Integration.Discovery;

/// <summary>The distributed process model: a RAF registers at a Discovery in another process over SOAP, and serves while Discovery is down.</summary>
[TestClass]
public sealed class RemoteRegistrationTests
{
    [TestMethod]
    public async Task RafProcess_WithDiscoveryAddress_RegistersItsRpOverSoap()
    {
        await using var disco = await GupServer.StartAsync("--role", "disco");
        await using var raf = await GupServer.StartAsync("--role", "raf", "--raf-name", "hss", $"--Gup:Discovery:Address={DiscoText.Endpoint(disco)}");

        await raf.Services.GetRequiredService<ServiceRegistration>().WhenRegistered.WaitAsync(TimeSpan.FromSeconds(30));

        var entries = DiscoText.Entries(await DiscoText.PostAsync(disco, DiscoText.SvcMdQuery(), DiscoText.AsDeploymentService()));
        Assert.AreEqual(("urn:gupsoap:raf:hss", DiscoUris.RpServiceType, raf.Rp("hss").ToString()), entries.Select(e => (e.Provider, e.ServiceType, e.Address)).Single());
    }

    [TestMethod]
    public async Task RafProcess_DiscoveryDown_StartsAndServesRp()
    {
        var closed = ClosedLoopbackPort();
        await using var raf = await GupServer.StartAsync("--role", "raf", "--raf-name", "hss", $"--Gup:Discovery:Address=http://127.0.0.1:{closed}/disco");

        var answer = await SoapHttp.PostAsync(raf.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read("sip:nobody@example.org", "sub:SubscriberInfo", "/")));

        Assert.AreEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.IsFalse(raf.Services.GetRequiredService<ServiceRegistration>().WhenRegistered.IsCompleted);
    }

    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
