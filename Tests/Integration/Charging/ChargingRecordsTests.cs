using System.Net;
using GupSoap.Contracts;
using GupSoap.Core.Charging;
using GupSoap.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Integration.Charging;

/// <summary>Charging records with the RAFs called in process; both RAFs produce their own records.</summary>
[TestClass]
public sealed class ChargingRecordsInProcessTests : ChargingRecordsSuite
{
    private static GupServer? _server;

    internal override GupServer Server => _server!;

    internal override bool ServicesProducesCharging => true;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync();
    }

    [ClassCleanup]
    public static async Task StopAsync() => await _server!.DisposeAsync();
}

/// <summary>Charging records with every Rp call over SOAP; the RAF <c>services</c> is set not to produce records.</summary>
[TestClass]
public sealed class ChargingRecordsOverSoapTests : ChargingRecordsSuite
{
    private static GupServer? _server;

    internal override GupServer Server => _server!;

    internal override bool ServicesProducesCharging => false;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync("--Gup:Rp:InProcess=false", "--Gup:Rafs:services:ProducesCharging=false");
    }

    [ClassCleanup]
    public static async Task StopAsync() => await _server!.DisposeAsync();
}

/// <summary>
/// TS 23.240 §4.1.9 charging records: one at the GUP Server per Rg operation, one at each RAF it reached under the
/// same correlation id, never any profile content.
/// </summary>
public abstract class ChargingRecordsSuite
{
    private const string Stranger = "urn:gupsoap:app:stranger";
    private static readonly string SubscriberInfo = "{" + Namespaces.Subscriber + "}SubscriberInfo";
    private static readonly string Presence = "{" + Namespaces.Presence + "}PresenceSettings";

    internal abstract GupServer Server { get; }

    internal abstract bool ServicesProducesCharging { get; }

    internal static async Task<List<ChargingRecord>> RecordsAsync(GupServer server, ChargingQuery query)
    {
        await server.Services.GetRequiredService<ChargingWriter>().FlushAsync(CancellationToken.None);
        var result = new List<ChargingRecord>();
        await foreach (var record in server.Services.GetRequiredService<IChargingRecords>().QueryAsync(query, CancellationToken.None))
        {
            result.Add(record);
        }

        return result;
    }

    private async Task<string> NewProfileAsync(string hint)
    {
        var resource = SharedServer.NewSubscriber(hint);
        var created = await RgText.PostAsync(Server.Rg, RgText.Create(resource,
            ("sub:SubscriberInfo", SoapMessages.SubscriberInfo("Secretname")), ("pres:PresenceSettings", SoapMessages.Presence())));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    [TestMethod]
    public async Task Query_ProxiedAcrossTwoRafs_OneServerRecordAndTheRafsOwnUnderTheSameCorrelationId()
    {
        var resource = await NewProfileAsync("charging-query");

        var answer = await RgText.PostAsync(Server.Rg, RgText.Query(resource, "/"));
        Assert.AreEqual("OK", answer.StatusCode, answer.Text);

        var history = await RecordsAsync(Server, new ChargingQuery { Subscriber = resource });
        var query = history.Single(r => r.Recorder == "gup:rg" && r.Operation == "Query");
        Assert.AreEqual("OK", query.Outcome);
        Assert.AreEqual(ChargingMode.Proxy, query.Mode);
        Assert.AreEqual(TestIdentity.TestProvider, query.RequestorProviderId);
        Assert.IsTrue(query.Hplmn);
        Assert.IsGreaterThan(0L, query.BytesIn ?? 0);
        Assert.IsGreaterThan(0L, query.BytesOut ?? 0);
        CollectionAssert.IsSubsetOf(new[] { SubscriberInfo, Presence }, query.ComponentTypes.ToArray());
        CollectionAssert.AreEquivalent(new[] { "hss", "services" }, query.Rafs.Select(r => r.Raf).ToArray());
        Assert.IsTrue(query.Rafs.All(r => r.CorrelationId == query.CorrelationId));
        Assert.AreEqual(ServicesProducesCharging, query.Rafs.Single(r => r.Raf == "services").ProducesCharging);

        var atRafs = await RecordsAsync(Server, new ChargingQuery { CorrelationId = query.CorrelationId });
        var hss = atRafs.Where(r => r.Recorder == "raf:hss").ToList();
        Assert.IsNotEmpty(hss);
        Assert.IsTrue(hss.All(r => r.Operation == "ReadData" && r.Mode == ChargingMode.Proxy && r.Subscriber == resource));
        Assert.IsTrue(hss.Any(r => r.RequestorProviderId == TestIdentity.TestProvider && r.ComponentTypes.Contains(SubscriberInfo)));
        var services = atRafs.Where(r => r.Recorder == "raf:services").ToList();
        if (ServicesProducesCharging)
        {
            Assert.IsTrue(services.Any(r => r.ComponentTypes.Contains(Presence)));
            Assert.IsTrue(services.All(r => r.Operation == "ReadData" && r.Mode == ChargingMode.Proxy));
        }
        else
        {
            Assert.IsEmpty(services);
        }

        // Never profile content: the display name stored is nowhere in any record.
        Assert.IsFalse(history.Concat(atRafs).Any(r => r.ToString().Contains("Secretname", StringComparison.Ordinal)));
    }

    [TestMethod]
    public async Task Query_RequestorTheRulesRefuse_RecordedWithItsFailureAndRequestor()
    {
        var resource = await NewProfileAsync("charging-refused");
        var headers = SoapMessages.Headers(sender: Stranger);

        var answer = await RgText.PostAsync(Server.Rg, RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"), headers);
        Assert.AreNotEqual("OK", answer.StatusCode, answer.Text);

        var refused = (await RecordsAsync(Server, new ChargingQuery { Subscriber = resource, Application = Stranger })).Single();
        Assert.AreEqual("Query", refused.Operation);
        Assert.AreEqual(answer.StatusCode, refused.Outcome);
        Assert.AreEqual(answer.ErrorType, refused.StatusDetail?.Split('/')[0]);
        CollectionAssert.Contains(refused.ComponentTypes.ToArray(), SubscriberInfo);
    }

    [TestMethod]
    public async Task Query_RefusedBySecurity_RecordedAsFaultUnderTheSender()
    {
        var resource = SharedServer.NewSubscriber("charging-fault");
        var headers = SoapMessages.Headers(sender: Stranger, token: false);

        var answer = await SoapHttp.PostAsync(Server.Rg, SoapMessages.Envelope11(RgText.Query(resource, "/gup:Profile/sub:SubscriberInfo"), headers));
        Assert.AreNotEqual(HttpStatusCode.OK, answer.Http, answer.Text);

        var records = await RecordsAsync(Server, new ChargingQuery { Application = Stranger, Since = DateTimeOffset.UtcNow.AddMinutes(-5) });
        var fault = records.Last(r => r.Operation == "Query");
        Assert.AreEqual("Fault", fault.Outcome);
        Assert.IsFalse(string.IsNullOrEmpty(fault.StatusDetail));
    }
}
