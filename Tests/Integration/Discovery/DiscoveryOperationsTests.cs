using System.Net;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Integration.Discovery;

/// <summary>Every Discovery 2.0 operation over HTTP on a live server with a configured registrar.</summary>
[TestClass]
public sealed class DiscoveryOperationsTests
{
    public const string Registrar = "urn:example:registrar";
    private static GupServer? _server;

    private static GupServer Server => _server!;

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        _server = await GupServer.StartAsync($"--Gup:Discovery:Registrars:0={Registrar}");
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    [TestMethod]
    public async Task SvcMdRegister_ByRegistrar_AssignsIdAndSvcMdQueryReadsIt()
    {
        var address = $"https://{Guid.NewGuid():N}.example/svc";
        var registered = await DiscoText.PostAsync(Server, DiscoText.Register(DiscoText.SvcMD(Registrar, "urn:example:svc", address)), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.Ok, registered.StatusCode, registered.Text);
        var id = DiscoText.SvcMdIds(registered).Single();

        var read = await DiscoText.PostAsync(Server, DiscoText.SvcMdQuery(id), DiscoText.As(Registrar));

        Assert.AreEqual(DiscoStatusCodes.Ok, read.StatusCode, read.Text);
        Assert.AreEqual((id, Registrar, "urn:example:svc", address), DiscoText.Entries(read).Single());
    }

    [TestMethod]
    public async Task SvcMdRegister_SameServiceAgain_IsLogicalDuplicate_SameIdIsDuplicate()
    {
        var address = $"https://{Guid.NewGuid():N}.example/svc";
        var id = "urn:example:" + Guid.NewGuid().ToString("N");
        var first = await DiscoText.PostAsync(Server, DiscoText.Register(DiscoText.SvcMD(Registrar, "urn:example:svc", address, id)), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.Ok, first.StatusCode, first.Text);
        CollectionAssert.AreEqual(new[] { id }, DiscoText.SvcMdIds(first).ToArray());

        var logical = await DiscoText.PostAsync(Server, DiscoText.Register(DiscoText.SvcMD(Registrar, "urn:example:svc", address)), DiscoText.As(Registrar));
        var duplicate = await DiscoText.PostAsync(Server, DiscoText.Register(DiscoText.SvcMD(Registrar, "urn:example:other", address + "/2", id)), DiscoText.As(Registrar));

        Assert.AreEqual(DiscoStatusCodes.LogicalDuplicate, logical.StatusCode, logical.Text);
        Assert.AreEqual(DiscoStatusCodes.Duplicate, duplicate.StatusCode, duplicate.Text);
    }

    [TestMethod]
    public async Task SvcMdReplaceThenDelete_ByRegistrar_ChangesThenRemovesTheEntry()
    {
        var id = await RegisterAsync();
        var replaced = await DiscoText.PostAsync(Server, DiscoText.Replace(DiscoText.SvcMD(Registrar, "urn:example:svc", "https://moved.example/svc", id)), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.Ok, replaced.StatusCode, replaced.Text);
        var read = await DiscoText.PostAsync(Server, DiscoText.SvcMdQuery(id), DiscoText.As(Registrar));
        Assert.AreEqual("https://moved.example/svc", DiscoText.Entries(read).Single().Address);

        var deleted = await DiscoText.PostAsync(Server, DiscoText.Delete(id), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.Ok, deleted.StatusCode, deleted.Text);

        var gone = await DiscoText.PostAsync(Server, DiscoText.SvcMdQuery(id), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.NotFound, gone.StatusCode, gone.Text);
        var again = await DiscoText.PostAsync(Server, DiscoText.Delete(id), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.NotFound, again.StatusCode, again.Text);
    }

    [TestMethod]
    public async Task Associations_AddQueryDelete_ControlWhatTheSubscribersQueryFinds()
    {
        var id = await RegisterAsync("urn:example:calendar");
        var alice = SharedServer.NewSubscriber("alice");
        var before = await DiscoText.PostAsync(Server, DiscoText.Query("urn:example:calendar"), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.AreEqual(DiscoStatusCodes.NoResults, before.StatusCode, before.Text);

        var added = await DiscoText.PostAsync(Server, DiscoText.AssociationAdd(id), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.AreEqual(DiscoStatusCodes.Ok, added.StatusCode, added.Text);
        var listed = await DiscoText.PostAsync(Server, DiscoText.AssociationQuery(), DiscoText.As(TestIdentity.TestProvider, alice));
        CollectionAssert.AreEqual(new[] { id }, DiscoText.SvcMdIds(listed).ToArray());
        var found = await DiscoText.PostAsync(Server, DiscoText.Query("urn:example:calendar"), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.AreEqual(DiscoStatusCodes.Ok, found.StatusCode, found.Text);
        Assert.AreEqual(Registrar, found.Body.Descendants(DiscoText.Disco + "ProviderID").Single().Value);
        var otherSubscriber = await DiscoText.PostAsync(Server, DiscoText.Query("urn:example:calendar"), DiscoText.As(TestIdentity.TestProvider, SharedServer.NewSubscriber("bob")));
        Assert.AreEqual(DiscoStatusCodes.NoResults, otherSubscriber.StatusCode, otherSubscriber.Text);

        var removed = await DiscoText.PostAsync(Server, DiscoText.AssociationDelete(id), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.AreEqual(DiscoStatusCodes.Ok, removed.StatusCode, removed.Text);
        var after = await DiscoText.PostAsync(Server, DiscoText.AssociationQuery(), DiscoText.As(TestIdentity.TestProvider, alice));
        Assert.IsEmpty(DiscoText.SvcMdIds(after));
    }

    [TestMethod]
    public async Task Query_ResultsAll_OverSoap12_AnswersAnEprPerRaf()
    {
        var answer = await DiscoText.PostAsync(Server, DiscoText.Query(DiscoUris.RpServiceType, DiscoUris.ResultsAll), DiscoText.As(TestIdentity.TestProvider), soap12: true);

        Assert.AreEqual(HttpStatusCode.OK, answer.Http);
        Assert.AreEqual(Namespaces.Soap12, answer.Document!.Root!.Name.NamespaceName);
        var providers = answer.Body.Descendants(DiscoText.Disco + "ProviderID").Select(p => p.Value).ToArray();
        CollectionAssert.AreEquivalent(new[] { "urn:gupsoap:raf:hss", "urn:gupsoap:raf:services" }, providers);
        Assert.HasCount(2, answer.Body.Descendants(DiscoText.Sec + "Token"));
    }

    [TestMethod]
    public async Task Wsdl_IsServedWithItsSchemas()
    {
        using var client = new HttpClient();
        var wsdl = await client.GetStringAsync(new Uri(DiscoText.Endpoint(Server) + "?wsdl"));
        var xsd = await client.GetStringAsync(new Uri(DiscoText.Endpoint(Server) + "?xsd=disco.xsd"));
        var utility = await client.GetStringAsync(new Uri(DiscoText.Endpoint(Server) + "?xsd=liberty-utility.xsd"));

        Assert.Contains($"location=\"{DiscoText.Endpoint(Server)}\"", wsdl);
        Assert.Contains("name=\"QueryResponse\"", xsd);
        Assert.Contains("urn:liberty:util:2006-08", utility);
    }

    private static async Task<string> RegisterAsync(string serviceType = "urn:example:svc")
    {
        var answer = await DiscoText.PostAsync(Server, DiscoText.Register(DiscoText.SvcMD(Registrar, serviceType, $"https://{Guid.NewGuid():N}.example/svc")), DiscoText.As(Registrar));
        Assert.AreEqual(DiscoStatusCodes.Ok, answer.StatusCode, answer.Text);
        return DiscoText.SvcMdIds(answer).Single();
    }
}
