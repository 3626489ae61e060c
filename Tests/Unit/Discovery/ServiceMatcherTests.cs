using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Matching;
using GupSoap.Discovery.Registry;
using static GupSoap.Tests.Unit.Discovery.DiscoverySamples;

namespace GupSoap.Tests.Unit.Discovery;

/// <summary>Discovery 2.0 §3.3.2 matching: filters, the chosen security mechanism and resultsType.</summary>
[TestClass]
public sealed class ServiceMatcherTests
{
    private const string Rg = "urn:3gpp:gup:2006-08:rg";
    private const string Rp = "urn:3gpp:gup:2006-08:rp";

    private static readonly RegisteredService[] Registry =
    [
        Registered(Entry("urn:gupsoap:gup-server", Rg, "https://gup.example/gup/rg", "rg", TlsSamlV2, TlsBearer)),
        Registered(Entry("urn:gupsoap:raf:hss", Rp, "https://gup.example/raf/hss/rp", "hss", NullBearer)),
        Registered(Entry("urn:gupsoap:raf:services", Rp, "https://gup.example/raf/services/rp", "services", TlsBearer)),
    ];

    [TestMethod]
    public void Find_ByServiceType_DefaultBest_FirstMatchOnly()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp] }, Registry);

        Assert.AreEqual("hss", found.Single().Entry.Id);
        Assert.AreEqual(Rp, found[0].ServiceType);
    }

    [TestMethod]
    public void Find_ResultsAll_EveryEndpointOfTheType()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp], ResultsType = DiscoUris.ResultsAll }, Registry);

        CollectionAssert.AreEqual(new[] { "hss", "services" }, found.Select(m => m.Entry.Id).ToArray());
    }

    [TestMethod]
    public void Find_ByProviderId_OnlyThatProvider()
    {
        var found = ServiceMatcher.Find(new RequestedService { ProviderIds = ["urn:gupsoap:raf:services"], ResultsType = DiscoUris.ResultsAll }, Registry);

        Assert.AreEqual("services", found.Single().Entry.Id);
    }

    [TestMethod]
    public void Find_NoMechanismRequested_PrefersTlsBearer()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rg] }, Registry);

        Assert.AreEqual(TlsBearer, found.Single().Mechanism);
    }

    [TestMethod]
    public void Find_MechanismRequested_FirstOfTheEntrysMechanismsTheRequestAllows()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rg], SecurityMechIds = [TlsBearer, TlsSamlV2] }, Registry);

        Assert.AreEqual(TlsSamlV2, found.Single().Mechanism);
        Assert.IsTrue(found[0].MechanismRequested);
    }

    [TestMethod]
    public void Find_Best_PrefersAnEntryOfferingTheRequestedMechanism()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp], SecurityMechIds = [TlsBearer] }, Registry);

        Assert.AreEqual("services", found.Single().Entry.Id);
    }

    [TestMethod]
    public void Find_Best_NoEntryOffersTheMechanism_FallsBackToTheFirst()
    {
        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp], SecurityMechIds = ["urn:liberty:security:2005-02:ClientTLS:X509"] }, Registry);

        Assert.AreEqual("hss", found.Single().Entry.Id);
        Assert.AreEqual(NullBearer, found[0].Mechanism);
        Assert.IsFalse(found[0].MechanismRequested);
    }

    [TestMethod]
    public void Find_OnlyOneAndAll_ExcludeEntriesWithoutTheRequestedMechanism()
    {
        var onlyOne = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp], SecurityMechIds = [NullBearer], ResultsType = DiscoUris.ResultsOnlyOne }, Registry);
        var all = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rp], SecurityMechIds = ["urn:none"], ResultsType = DiscoUris.ResultsAll }, Registry);

        Assert.AreEqual("hss", onlyOne.Single().Entry.Id);
        Assert.IsEmpty(all);
    }

    [TestMethod]
    public void Find_UnknownServiceTypeOrFramework_NoMatch()
    {
        Assert.IsEmpty(ServiceMatcher.Find(new RequestedService { ServiceTypes = ["urn:unknown"], ResultsType = DiscoUris.ResultsAll }, Registry));
        Assert.IsEmpty(ServiceMatcher.Find(new RequestedService { Frameworks = [new Framework { Version = "1.1" }], ResultsType = DiscoUris.ResultsAll }, Registry));
    }

    [TestMethod]
    public void Find_ActionFilter_EndpointWithoutActionsSupportsAll_OneListingOthersDoesNot()
    {
        var listed = Registered(Entry("urn:p:x", Rg, "https://x.example/rg", "x"));
        listed.Metadata.ServiceContexts![0].EndpointContexts![0].Actions = ["urn:action:read"];

        var found = ServiceMatcher.Find(new RequestedService { ServiceTypes = [Rg], Actions = ["urn:action:write"], ResultsType = DiscoUris.ResultsAll }, [listed, Registry[0]]);

        Assert.AreEqual("rg", found.Single().Entry.Id);
    }
}
