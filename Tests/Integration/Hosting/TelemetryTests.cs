using System.Diagnostics;
using GupSoap.Core.Hosting;
using GupSoap.Tests.Support;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GupSoap.Tests.Integration.Hosting;

/// <summary>
/// Metrics and traces through OpenTelemetry's own SDK and in-memory exporter: an Rg request is one trace joined to the
/// caller's W3C <c>traceparent</c>, with a client span per Rp hop (in process and over SOAP, where the RAF's server
/// span continues the trace from the header it was sent), and its metrics reach an OpenTelemetry reader.
/// </summary>
[TestClass]
public sealed class TelemetryTests
{
    [TestMethod]
    [DataRow(false, DisplayName = "Rp in process")]
    [DataRow(true, DisplayName = "Rp over SOAP/HTTP")]
    public async Task RgQuery_IsOneTraceWithAnRpChildSpanPerRaf(bool overSoap)
    {
        var server = overSoap ? SharedServer.OverSoap : SharedServer.Instance;
        var traceId = ActivityTraceId.CreateRandom();
        var callerSpan = ActivitySpanId.CreateRandom();
        var spans = new SpanCollection();
        using (Sdk.CreateTracerProviderBuilder().AddSource(GupTracing.Name).SetSampler(new OnlyTrace(traceId)).AddInMemoryExporter(spans).Build())
        {
            var answer = await SoapHttp.PostAsync(server.Rg, SoapMessages.Envelope11(RgText.Query("sip:alice@example.org", "/gup:Profile"), SoapMessages.Headers()),
                tweak: r => r.Headers.Add(GupTracing.TraceParent, $"00-{traceId}-{callerSpan}-01"));
            Assert.AreEqual("OK", answer.StatusCode, answer.Text);
            // The Rg span ends once its answer is written, which may be just after the client has read it.
            using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (!spans.Snapshot().Any(s => s.OperationName == "gup:rg"))
            {
                await Task.Delay(20, bound.Token);
            }
        }

        var rg = spans.Snapshot().Single(s => s.Kind == ActivityKind.Server && s.OperationName == "gup:rg");
        Assert.AreEqual("gup:rg Query", rg.DisplayName);
        Assert.AreEqual(callerSpan, rg.ParentSpanId, "the Rg span continues the caller's trace");
        var hops = spans.Snapshot().Where(s => s.Kind == ActivityKind.Client).ToList();
        // The whole profile lives at both RAFs: ReadData at each (and whatever else the Query needs, e.g. the rules).
        CollectionAssert.IsSubsetOf(new[] { "hss", "services" }, hops.Where(h => h.DisplayName == "Rp ReadData").Select(h => (string?)h.GetTagItem("gup.raf")).ToArray());
        foreach (var hop in hops)
        {
            Assert.AreEqual(rg.SpanId, hop.ParentSpanId, hop.DisplayName);
            Assert.StartsWith("Rp ", hop.DisplayName);
            Assert.AreEqual(overSoap ? "soap" : "in-process", hop.GetTagItem("gup.rp.transport"));
        }

        var rafSpans = spans.Snapshot().Where(s => s.Kind == ActivityKind.Server && s.OperationName.StartsWith("raf:", StringComparison.Ordinal)).ToList();
        if (overSoap)
        {
            // W3C trace context on Rp: each hop's RAF answers in a server span that is the child of that hop.
            Assert.HasCount(hops.Count, rafSpans);
            foreach (var raf in rafSpans)
            {
                var hop = hops.Single(h => h.SpanId == raf.ParentSpanId);
                Assert.AreEqual("raf:" + hop.GetTagItem("gup.raf"), raf.OperationName);
                Assert.AreEqual(hop.GetTagItem("rpc.method"), raf.GetTagItem("rpc.method"));
            }
        }
        else
        {
            Assert.IsEmpty(rafSpans, "in process there is no second server span: the hop is the RAF's work");
        }

        Assert.IsTrue(spans.Snapshot().All(s => s.TraceId == traceId));
    }

    [TestMethod]
    public async Task RgQuery_MetricsReachAnOpenTelemetryReader()
    {
        var metrics = new List<Metric>();
        using var provider = Sdk.CreateMeterProviderBuilder().AddMeter(GupMeter.Name).AddInMemoryExporter(metrics).Build();
        var answer = await RgText.PostAsync(SharedServer.Instance.Rg, RgText.Query("sip:alice@example.org", "/gup:Profile"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);

        provider.ForceFlush();

        var names = metrics.Select(m => m.Name).ToHashSet();
        foreach (var name in new[] { "gupsoap_soap_requests_total", "gupsoap_soap_request_duration_seconds", "gupsoap_rp_calls_total", "gupsoap_rp_call_duration_seconds",
            "gupsoap_replay_check_duration_seconds", "gupsoap_store_duration_seconds", "gupsoap_process_cpu_seconds_total" })
        {
            Assert.Contains(name, names);
        }

        var rafs = new HashSet<string>();
        foreach (var point in metrics.First(m => m.Name == "gupsoap_rp_calls_total").GetMetricPoints())
        {
            foreach (var tag in point.Tags)
            {
                if (tag.Key == "raf")
                {
                    rafs.Add((string)tag.Value!);
                }
            }
        }

        Assert.IsTrue(rafs.IsSupersetOf(["hss", "services"]), string.Join(",", rafs));
    }

    /// <summary>Samples the one trace under test: spans of other tests running meanwhile are not even made.</summary>
    private sealed class OnlyTrace(ActivityTraceId traceId) : Sampler
    {
        public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
            new(samplingParameters.TraceId == traceId ? SamplingDecision.RecordAndSample : SamplingDecision.Drop);
    }

    /// <summary>The exporter's collection, written from several threads (each span ends on its own).</summary>
    private sealed class SpanCollection : ICollection<Activity>
    {
        private readonly List<Activity> _spans = [];

        public int Count => Snapshot().Count;

        public bool IsReadOnly => false;

        public List<Activity> Snapshot()
        {
            lock (_spans)
            {
                return [.. _spans];
            }
        }

        public void Add(Activity item)
        {
            lock (_spans)
            {
                _spans.Add(item);
            }
        }

        public void Clear()
        {
            lock (_spans)
            {
                _spans.Clear();
            }
        }

        public bool Contains(Activity item) => Snapshot().Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => Snapshot().CopyTo(array, arrayIndex);

        public bool Remove(Activity item)
        {
            lock (_spans)
            {
                return _spans.Remove(item);
            }
        }

        public IEnumerator<Activity> GetEnumerator() => Snapshot().GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
