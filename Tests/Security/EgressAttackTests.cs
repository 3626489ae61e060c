using System.Net;
using GupSoap.Core.Notifications;
using GupSoap.Tests.Integration.Notifications;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md A1–A4: callback URLs as an SSRF vector. Refused at subscribe time (<see cref="EgressGuard.CheckAsync"/>)
/// and, where a listener is involved, proven by the listener seeing no connection at all.
/// </summary>
[TestClass]
public sealed class EgressAttackTests
{
    private static readonly CallbackPolicy Strict = new();

    [TestMethod]
    public async Task Callback_Loopback_IsRejected()
    {
        await using var listener = await CallbackListener.StartAsync();
        using var client = new CallbackClient(Strict);

        Assert.IsNotNull(await client.Guard.CheckAsync(listener.Url(), CancellationToken.None));
        Assert.IsNotNull(await client.Guard.CheckAsync($"http://localhost:{listener.Port}/notify", CancellationToken.None));
        Assert.IsNotNull(await client.Guard.CheckAsync($"http://[::1]:{listener.Port}/notify", CancellationToken.None));
        var byLiteral = await client.Sender.SendAsync(CallbackClient.Entry(listener.Url()), CancellationToken.None);
        var byName = await client.Sender.SendAsync(CallbackClient.Entry($"http://localhost:{listener.Port}/notify"), CancellationToken.None);

        Assert.IsTrue(byLiteral.Permanent && byName.Permanent, "refused for good, so the subscription is suspended");
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    [DataRow("http://10.0.0.1/notify")]
    [DataRow("http://172.16.5.4:8080/notify")]
    [DataRow("http://192.168.1.20/notify")]
    [DataRow("http://100.64.0.1/notify")]
    [DataRow("http://[fd00::1]/notify")]
    [DataRow("http://0.0.0.0/notify")]
    [DataRow("http://intranet.test/notify")]
    public async Task Callback_PrivateAddress_IsRejected(string url)
    {
        var guard = new EgressGuard(Strict, new FixedResolver(IPAddress.Parse("10.20.30.40")));

        Assert.IsNotNull(await guard.CheckAsync(url, CancellationToken.None));
    }

    [TestMethod]
    [DataRow("http://169.254.169.254/latest/meta-data/iam/security-credentials/")]
    [DataRow("http://[fe80::1]/notify")]
    [DataRow("http://[::ffff:169.254.169.254]/latest/meta-data/")]
    [DataRow("http://metadata.google.internal/computeMetadata/v1/")]
    public async Task Callback_LinkLocalMetadata_IsRejected(string url)
    {
        var guard = new EgressGuard(Strict, new FixedResolver(IPAddress.Parse("169.254.169.254")));

        Assert.IsNotNull(await guard.CheckAsync(url, CancellationToken.None));
    }

    [TestMethod]
    [DataRow("file:///etc/passwd")]
    [DataRow("ftp://callback.example/notify")]
    [DataRow("gopher://callback.example:70/_POST")]
    [DataRow("dict://callback.example:11211/stat")]
    [DataRow("ldap://callback.example/")]
    [DataRow("javascript:alert(1)")]
    [DataRow("urn:3gpp:gup:callback")]
    public async Task Callback_NonHttpScheme_IsRejected(string url)
    {
        var guard = new EgressGuard(Strict, new FixedResolver(IPAddress.Parse("93.184.216.34")));

        Assert.Contains("http or https", await guard.CheckAsync(url, CancellationToken.None) ?? "(accepted)");
    }

    [TestMethod]
    public async Task Callback_Ipv4MappedIpv6Loopback_IsRejected()
    {
        await using var listener = await CallbackListener.StartAsync();
        using var client = new CallbackClient(Strict);
        var url = $"http://[::ffff:127.0.0.1]:{listener.Port}/notify";

        Assert.IsNotNull(await client.Guard.CheckAsync(url, CancellationToken.None));
        Assert.IsTrue((await client.Sender.SendAsync(CallbackClient.Entry(url), CancellationToken.None)).Permanent);
        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task Callback_DnsRebinding_IsRejectedAtConnectTime()
    {
        await using var listener = await CallbackListener.StartAsync();
        var rebinding = new RebindingResolver(IPAddress.Parse("93.184.216.34"), IPAddress.Loopback);
        using var client = new CallbackClient(Strict, rebinding);
        var url = $"http://rebind.test:{listener.Port}/notify";

        Assert.IsNull(await client.Guard.CheckAsync(url, CancellationToken.None), "public at subscribe time");
        var attempt = await client.Sender.SendAsync(CallbackClient.Entry(url), CancellationToken.None);

        Assert.IsFalse(attempt.Delivered);
        Assert.IsTrue(attempt.Permanent);
        Assert.Contains("non-public", attempt.Error!);
        Assert.AreEqual(2, rebinding.Calls, "the connect step resolved the name itself");
        Assert.AreEqual(0, listener.Connections);
        Assert.IsEmpty(listener.Received);
    }

    [TestMethod]
    public async Task Callback_Redirect_IsNotFollowed()
    {
        await using var target = await CallbackListener.StartAsync();
        await using var callback = await CallbackListener.StartAsync();
        callback.Default = CallbackAnswer.Redirect;
        callback.RedirectTo = target.Url("internal/admin");
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed());

        var attempt = await client.Sender.SendAsync(CallbackClient.Entry(callback.Url()), CancellationToken.None);

        Assert.IsFalse(attempt.Delivered);
        Assert.IsFalse(attempt.Permanent, "a redirect is a failed attempt, retried at the same URL");
        Assert.Contains("redirects are not followed", attempt.Error!);
        Assert.HasCount(1, callback.Received);
        Assert.AreEqual(0, target.Connections);
    }

    [TestMethod]
    public async Task Callback_Tarpit_TimesOut()
    {
        await using var tarpit = await CallbackListener.StartAsync();
        tarpit.Default = CallbackAnswer.Hang;
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed(p => p.AttemptTimeout = TimeSpan.FromSeconds(1)));

        var attempt = await client.Sender.SendAsync(CallbackClient.Entry(tarpit.Url()), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsFalse(attempt.Delivered);
        Assert.IsFalse(attempt.Permanent);
        Assert.Contains("No answer within 1 s", attempt.Error!);
        Assert.HasCount(1, tarpit.Received);
    }

    [TestMethod]
    public async Task Callback_HugeResponse_IsCapped()
    {
        await using var huge = await CallbackListener.StartAsync();
        huge.Default = CallbackAnswer.Huge;
        huge.HugeBytes = 64 * 1024 * 1024;
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed(p => p.MaxResponseBytes = 64 * 1024));

        var attempt = await client.Sender.SendAsync(CallbackClient.Entry(huge.Url()), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsFalse(attempt.Delivered);
        Assert.IsFalse(attempt.Permanent);
        Assert.Contains("more than 65536 bytes", attempt.Error!);
    }

    [TestMethod]
    public async Task Callback_AllowListedLoopback_IsDelivered()
    {
        await using var listener = await CallbackListener.StartAsync();
        using var client = new CallbackClient(CallbackClient.LoopbackAllowed());

        Assert.IsNull(await client.Guard.CheckAsync(listener.Url(), CancellationToken.None));
        var attempt = await client.Sender.SendAsync(CallbackClient.Entry(listener.Url()), CancellationToken.None);

        Assert.IsTrue(attempt.Delivered);
        Assert.HasCount(1, listener.Received);
    }

    private sealed class FixedResolver(params IPAddress[] addresses) : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) => Task.FromResult(addresses);
    }

    /// <summary>Answers a public address the first time and <c>rebound</c> ever after, as an attacker's DNS with TTL 0 would.</summary>
    private sealed class RebindingResolver(IPAddress first, IPAddress rebound) : IHostResolver
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken ct) =>
            Task.FromResult(new[] { Interlocked.Increment(ref _calls) == 1 ? first : rebound });
    }
}
