using System.Net;
using GupSoap.Core.Notifications;

namespace GupSoap.Tests.Unit.Notifications;

/// <summary>Which callback URLs and addresses the guard lets through (SECURITY.md A1).</summary>
[TestClass]
public sealed class EgressGuardTests
{
    private static readonly EgressGuard Strict = new(new CallbackPolicy());

    [TestMethod]
    [DataRow("https://callback.example/notify")]
    [DataRow("http://callback.example:8080/notify?x=1")]
    [DataRow("https://93.184.216.34/notify")]
    [DataRow("https://[2606:2800:220:1:248:1893:25c8:1946]/notify")]
    public void CheckUrl_PublicHttpUrl_IsAccepted(string url)
    {
        Assert.IsNull(Strict.CheckUrl(url));
    }

    [TestMethod]
    [DataRow(null, "No callback URL")]
    [DataRow("", "No callback URL")]
    [DataRow("callback.example/notify", "absolute")]
    [DataRow("/relative/notify", "http or https")]
    [DataRow("ftp://callback.example/notify", "http or https")]
    [DataRow("file:///etc/passwd", "http or https")]
    [DataRow("gopher://callback.example:70/_x", "http or https")]
    [DataRow("https://user:secret@callback.example/notify", "user information")]
    [DataRow("https://callback.example/notify#part", "fragment")]
    [DataRow("http://127.0.0.1/notify", "not public")]
    [DataRow("http://0x7f.1/notify", "not public")]
    [DataRow("http://2130706433/notify", "not public")]
    [DataRow("http://127.1/notify", "not public")]
    [DataRow("http://[::ffff:7f00:1]/notify", "not public")]
    [DataRow("http://[::1]/notify", "not public")]
    public void CheckUrl_UnacceptableUrl_GivesReason(string? url, string reason)
    {
        Assert.Contains(reason, Strict.CheckUrl(url) ?? "(accepted)");
    }

    [TestMethod]
    public void CheckUrl_LongerThanLimit_IsRejected()
    {
        var url = "https://callback.example/" + new string('a', EgressGuard.MaxUrlLength);

        Assert.Contains("longer", Strict.CheckUrl(url) ?? "(accepted)");
    }

    [TestMethod]
    [DataRow("127.0.0.1")]
    [DataRow("127.255.0.1")]
    [DataRow("10.1.2.3")]
    [DataRow("172.16.0.1")]
    [DataRow("172.31.255.255")]
    [DataRow("192.168.1.1")]
    [DataRow("169.254.169.254")]
    [DataRow("100.64.0.1")]
    [DataRow("0.0.0.0")]
    [DataRow("224.0.0.1")]
    [DataRow("255.255.255.255")]
    [DataRow("::")]
    [DataRow("::1")]
    [DataRow("fc00::1")]
    [DataRow("fd12:3456::1")]
    [DataRow("fe80::1")]
    [DataRow("ff02::1")]
    [DataRow("::ffff:127.0.0.1")]
    [DataRow("::ffff:10.0.0.1")]
    [DataRow("::ffff:169.254.169.254")]
    [DataRow("64:ff9b::a9fe:a9fe")]
    [DataRow("2002:7f00:1::1")]
    public void IsAllowed_NonPublicAddress_IsBlocked(string address)
    {
        Assert.IsFalse(Strict.IsAllowed("callback.example", 443, IPAddress.Parse(address)));
    }

    [TestMethod]
    [DataRow("93.184.216.34")]
    [DataRow("172.32.0.1")]
    [DataRow("100.128.0.1")]
    [DataRow("2606:2800:220:1:248:1893:25c8:1946")]
    [DataRow("::ffff:93.184.216.34")]
    public void IsAllowed_PublicAddress_IsAllowed(string address)
    {
        Assert.IsTrue(Strict.IsAllowed("callback.example", 443, IPAddress.Parse(address)));
    }

    [TestMethod]
    [DataRow("127.0.0.1", "127.0.0.1", 5000, true)]
    [DataRow("127.0.0.1:5000", "127.0.0.1", 5000, true)]
    [DataRow("127.0.0.1:5000", "127.0.0.1", 5001, false)]
    [DataRow("localhost", "localhost", 80, true)]
    [DataRow("LocalHost:80", "localhost", 80, true)]
    [DataRow("[::1]:8080", "[::1]", 8080, true)]
    [DataRow("::1", "::1", 8080, true)]
    [DataRow("10.0.0.5", "10.0.0.6", 80, false)]
    public void IsAllowed_AllowListedHost_IsAllowedEvenIfPrivate(string entry, string host, int port, bool allowed)
    {
        var guard = new EgressGuard(new CallbackPolicy { AllowedCallbackHosts = [entry] });
        var address = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? literal : IPAddress.Loopback;

        Assert.AreEqual(allowed, guard.IsAllowed(host, port, address));
    }

    [TestMethod]
    public void IsAllowed_NameResolvingToAllowListedAddress_IsAllowed()
    {
        var guard = new EgressGuard(new CallbackPolicy { AllowedCallbackHosts = ["127.0.0.1"] });

        Assert.IsTrue(guard.IsAllowed("callback.test", 80, IPAddress.Loopback));
        Assert.IsFalse(guard.IsAllowed("callback.test", 80, IPAddress.Parse("10.0.0.1")));
    }

    [TestMethod]
    public async Task CheckAsync_AllAddressesPublic_IsAccepted()
    {
        var guard = new EgressGuard(new CallbackPolicy(), new StaticResolver("93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"));

        Assert.IsNull(await guard.CheckAsync("https://callback.example/notify", CancellationToken.None));
    }

    [TestMethod]
    public async Task CheckAsync_OneAddressPrivate_IsRejected()
    {
        var guard = new EgressGuard(new CallbackPolicy(), new StaticResolver("93.184.216.34", "10.0.0.7"));

        Assert.Contains("non-public", await guard.CheckAsync("https://callback.example/notify", CancellationToken.None) ?? "(accepted)");
    }

    [TestMethod]
    public async Task CheckAsync_HostDoesNotResolve_IsRejected()
    {
        var guard = new EgressGuard(new CallbackPolicy(), new StaticResolver());

        Assert.Contains("does not resolve", await guard.CheckAsync("https://nowhere.example/notify", CancellationToken.None) ?? "(accepted)");
    }

    private sealed class StaticResolver(params string[] addresses) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromResult(addresses.Select(IPAddress.Parse).ToArray());
    }
}
