using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using GupSoap.Contracts.Rp;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md R2: a client that sends its headers or its body a trickle at a time is cut within a bound
/// (<c>Gup:Http:RequestHeadersTimeout</c>, <c>Gup:Http:MinRequestBodyBytesPerSecond</c>) while a normal client is served.
/// </summary>
[TestClass]
public sealed class SlowlorisAttackTests
{
    /// <summary>The security property: a slow client holds its connection no longer than this (the configured 2 s plus slack for a loaded machine).</summary>
    private static readonly TimeSpan CutWithin = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan Trickle = TimeSpan.FromMilliseconds(400);

    private static Task<GupServer> StartAsync() => GupServer.StartAsync(
        "--Gup:Http:RequestHeadersTimeout=00:00:02", "--Gup:Http:MinRequestBodyGracePeriod=00:00:02");

    [TestMethod]
    public async Task SlowlorisHeaders_AreCutWithinBoundWhileOthersAreServed()
    {
        await using var server = await StartAsync();
        var cut = await TrickleAsync(server, "POST /raf/hss/rp HTTP/1.1\r\nHost: 127.0.0.1\r\n", i => Encoding.ASCII.GetBytes($"X-Slow-{i}: a\r\n"));

        Assert.IsLessThan(CutWithin, cut, $"the slow headers held their connection for {cut}");
    }

    [TestMethod]
    public async Task SlowPostBody_IsCutWithinBoundWhileOthersAreServed()
    {
        await using var server = await StartAsync();
        var headers = $"POST /raf/hss/rp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: \"{RpOperations.Action(RpOperations.ReadData)}\"\r\nContent-Length: 100000\r\n\r\n<s:Envelope";
        var cut = await TrickleAsync(server, headers, _ => "     "u8.ToArray());

        Assert.IsLessThan(CutWithin, cut, $"the slow body held its connection for {cut}");
    }

    /// <summary>Sends <paramref name="start"/> then a few bytes every <see cref="Trickle"/> until the server closes; a normal request is answered meanwhile.</summary>
    private static async Task<TimeSpan> TrickleAsync(GupServer server, string start, Func<int, byte[]> next)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.BaseAddress.Port);
        var stream = client.GetStream();
        var clock = Stopwatch.StartNew();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(start));
        var closed = WaitClosedAsync(stream);

        var bystander = await SoapHttp.PostAsync(server.Rp("hss"), SoapMessages.Envelope11(SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName")),
            RpOperations.Action(RpOperations.ReadData));
        Assert.AreEqual("OK", bystander.StatusCode, "a normal client is served while the slow one trickles");

        using var giveUp = new CancellationTokenSource(CutWithin * 3);
        for (var i = 0; !closed.IsCompleted; i++)
        {
            try
            {
                await Task.WhenAny(closed, Task.Delay(Trickle, giveUp.Token));
                if (!closed.IsCompleted)
                {
                    await stream.WriteAsync(next(i), giveUp.Token);
                }
            }
            catch (IOException)
            {
                break;
            }
        }

        await closed;
        return clock.Elapsed;
    }

    /// <summary>Completes when the server ends the connection (whatever it says first, e.g. 408).</summary>
    private static async Task WaitClosedAsync(NetworkStream stream)
    {
        var buffer = new byte[4096];
        try
        {
            while (await stream.ReadAsync(buffer) > 0)
            {
            }
        }
        catch (IOException)
        {
        }
    }
}
