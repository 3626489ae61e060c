using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rg;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Server.LoadControl;

namespace GupSoap.Tests.Unit.LoadControl;

/// <summary>
/// Load control (TS 23.240 §4.1.4, §4.2.1) measured over bounded bursts: the buckets never refill within a test (an
/// hour's replenishment period), so exactly the burst is let in — no timing involved.
/// </summary>
[TestClass]
public sealed class RequestAdmissionTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly SoapOperation Query = SoapOperation.Create<QueryRequest, QueryResponse>(XName.Get("Query", "urn:test"), "urn:test:Query", (_, _) => Task.FromResult(new QueryResponse()));
    private static readonly SoapOperation Modify = SoapOperation.Create<ModifyRequest, ModifyResponse>(XName.Get("Modify", "urn:test"), "urn:test:Modify", (_, _) => Task.FromResult(new ModifyResponse()));

    private static RequestorContext App(string id, bool hplmn) =>
        new() { ProviderId = "urn:test:" + id, ApplicationId = id, Hplmn = hplmn, Mechanism = SecurityMechanisms.TlsBearer, Issuer = "urn:idp", AssertionId = id };

    private static QueryRequest QueryOf(string subscriber, int items = 1) => new()
    {
        ResourceId = new ResourceId { Value = subscriber },
        Items = [.. Enumerable.Range(0, items).Select(_ => new QueryItem())],
    };

    private static int Admitted(RequestAdmission admission, RequestorContext who, int burst, Func<int, object>? request = null) =>
        Enumerable.Range(0, burst).Count(i => admission.Admit(Query, request?.Invoke(i) ?? QueryOf($"sip:u{i}@example.org"), who) is null);

    [TestMethod]
    public void Admit_BurstFromHplmnAndNonHplmnApplications_EachLimitedAtItsOwnPolicy()
    {
        var limits = new LoadLimits { Hplmn = new RateSettings(20, 20, Hour), NonHplmn = new RateSettings(5, 5, Hour), PerSubscriber = new RateSettings(0, 0, Hour) };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);

        Assert.AreEqual(20, Admitted(admission, App("home", hplmn: true), 50));
        Assert.AreEqual(5, Admitted(admission, App("visitor", hplmn: false), 50));
        // Each application has its own bucket under its policy.
        Assert.AreEqual(5, Admitted(admission, App("visitor-2", hplmn: false), 50));
    }

    [TestMethod]
    public void Admit_NonHplmnLimited_RefusalNamesTheLimitWith503AndRetryAfter()
    {
        var limits = new LoadLimits { NonHplmn = new RateSettings(1, 1, Hour) };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);
        var visitor = App("visitor", hplmn: false);
        Assert.IsNull(admission.Admit(Query, QueryOf("sip:a@example.org"), visitor));

        var refusal = admission.Admit(Query, QueryOf("sip:a@example.org"), visitor);

        Assert.IsNotNull(refusal);
        Assert.AreEqual(RequestAdmission.NonHplmnLimit, refusal.Limit);
        Assert.AreEqual(503, refusal.Fault.StatusFor(SoapVersion.Soap11));
        Assert.IsNotNull(refusal.Fault.RetryAfter);
        Assert.IsGreaterThan(TimeSpan.Zero, refusal.Fault.RetryAfter.Value);
        Assert.Contains(RequestAdmission.NonHplmnLimit, refusal.Fault.Reason);
    }

    [TestMethod]
    public void Admit_ManyApplicationsOnOneSubscriber_LimitedPerSubscriber()
    {
        var limits = new LoadLimits { PerSubscriber = new RateSettings(3, 3, Hour) };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);

        var admitted = Enumerable.Range(0, 10).Count(i => admission.Admit(Query, QueryOf("sip:popular@example.org"), App("app-" + i, hplmn: i % 2 == 0)) is null);

        Assert.AreEqual(3, admitted);
        Assert.AreEqual(RequestAdmission.SubscriberLimit, admission.Admit(Query, QueryOf("sip:popular@example.org"), App("another", true))!.Limit);
        Assert.IsNull(admission.Admit(Query, QueryOf("sip:quiet@example.org"), App("another", true)));
    }

    [TestMethod]
    public void Admit_TheDeploymentsOwnServer_NeverLimited()
    {
        var limits = new LoadLimits { Hplmn = new RateSettings(1, 1, Hour), PerSubscriber = new RateSettings(1, 1, Hour) };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);
        var system = App("server", hplmn: true) with { IsSystem = true };

        Assert.AreEqual(10, Admitted(admission, system, 10, _ => QueryOf("sip:same@example.org")));
    }

    [TestMethod]
    public void Admit_MoreItemsThanTheOperationsLimit_ClientFaultNamingTheLimit()
    {
        var limits = new LoadLimits { MaxItems = new Dictionary<string, int> { ["Query"] = 2 } };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);

        Assert.IsNull(admission.Admit(Query, QueryOf("sip:a@example.org", items: 2), App("home", true)));
        var refusal = admission.Admit(Query, QueryOf("sip:a@example.org", items: 3), App("home", true));

        Assert.AreEqual("max-items:Query", refusal!.Limit);
        Assert.AreEqual(SoapFaultCode.Sender, refusal.Fault.Code);
        Assert.IsNull(refusal.Fault.RetryAfter);
    }

    [TestMethod]
    public void Admit_NewDataOverTheOperationsByteLimit_Refused()
    {
        var limits = new LoadLimits { MaxNewDataBytes = new Dictionary<string, int> { ["Modify"] = 100 } };
        using var admission = new RequestAdmission("gup:rg", limits, 1 << 20);
        ModifyRequest Of(int length) => new()
        {
            ResourceId = new ResourceId { Value = "sip:a@example.org" },
            Items = [new ModifyItem { NewData = new ValueContent { Elements = [new XElement("{urn:test}Note", new string('x', length))] } }],
        };

        Assert.IsNull(admission.Admit(Modify, Of(10), App("home", true)));
        Assert.AreEqual("max-newdata-bytes:Modify", admission.Admit(Modify, Of(500), App("home", true))!.Limit);
    }
}
