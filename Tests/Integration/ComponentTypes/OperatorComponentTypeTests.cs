using System.Net;
using System.Xml.Linq;
using GupSoap.Contracts;
using GupSoap.Contracts.Disco;
using GupSoap.Discovery.Registry;
using GupSoap.Server.Hosting;
using GupSoap.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Tests.Integration.ComponentTypes;

/// <summary>
/// An operator-defined component type added through the schema directory alone (a schema, its descriptor, one
/// configuration line; no code): created, read, modified with a data reference using its undeclared well-known prefix,
/// authorized by a rule, subscribed to, listed, served at <c>?xsd=</c>, imported by the Rg and Rp WSDLs and listed by
/// Discovery (TS 23.240 §4.1.1 "components of many domains").
/// </summary>
[TestClass]
public sealed class OperatorComponentTypeTests
{
    private const string Partner = "urn:gupsoap:app:partner";
    private static readonly XNamespace Rg = Namespaces.Rg;
    private static readonly XNamespace Gup = Namespaces.Gup;
    private static readonly XNamespace Pc = OperatorSchema.Pc;
    private static GupServer? s_server;

    private static GupServer Server => s_server ?? throw new InvalidOperationException("Not started.");

    [ClassInitialize]
    public static async Task StartAsync(TestContext context)
    {
        _ = context;
        s_server = await OperatorSchema.StartAsync(OperatorSchema.NewDataDirectory(), ownsDataDirectory: true, "--Gup:Notifications:PollInterval=00:00:00.100");
    }

    [ClassCleanup]
    public static async Task StopAsync()
    {
        if (s_server is not null)
        {
            await s_server.DisposeAsync();
        }
    }

    private static Task<SoapHttp.SoapAnswer> PostAsync(string body, string? headers = null) => RgText.PostAsync(Server.Rg, body, headers);

    private static async Task<string> ProfileWithParentalControlAsync(string hint, string? rules = null)
    {
        var resource = SharedServer.NewSubscriber(hint);
        (string, string)[] items = rules is null
            ? [("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pc:ParentalControl", OperatorSchema.Document(minutes: 120, blocked: "gambling"))]
            : [("sub:SubscriberInfo", SoapMessages.SubscriberInfo()), ("pc:ParentalControl", OperatorSchema.Document(minutes: 120, blocked: "gambling")), ("gup:AuthorizationRules", rules)];
        var created = await PostAsync(RgText.Create(resource, items));
        Assert.AreEqual("OK", created.StatusCode, created.Text);
        return resource;
    }

    private static XElement Data(SoapHttp.SoapAnswer answer, string itemId) =>
        answer.Body.Descendants(Rg + "Data").Single(d => (string?)d.Attribute("itemIDRef") == itemId);

    [TestMethod]
    public async Task Create_OverRg_QueriedBackMergedIntoTheProfileAfterTheBuiltInTypes()
    {
        var resource = await ProfileWithParentalControlAsync("pc-create");

        var answer = await PostAsync(RgText.Query(resource, "/", "/pc:ParentalControl/pc:MaxMinutesPerDay"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var profile = Data(answer, "q0").Element(Gup + "Profile")!;
        CollectionAssert.AreEqual(new[] { "SubscriberInfo", "ParentalControl" }, profile.Elements().Select(e => e.Name.LocalName).ToArray());
        Assert.AreEqual("gambling", profile.Element(Pc + "ParentalControl")!.Element(Pc + "BlockedCategory")!.Value);
        var minutes = Data(answer, "q1");
        Assert.AreEqual("120", minutes.Element(Pc + "MaxMinutesPerDay")!.Value);
        Assert.AreEqual("1", (string?)minutes.Attribute("version"));
    }

    [TestMethod]
    public async Task Create_DocumentTheSchemaRefuses_InvalidDataAndNothingStored()
    {
        var resource = SharedServer.NewSubscriber("pc-invalid");

        var answer = await PostAsync(RgText.Create(resource, ("pc:ParentalControl", OperatorSchema.Document(minutes: -5))));

        Assert.AreEqual("Failed", answer.StatusCode, answer.Text);
        Assert.Contains("MaxMinutesPerDay", answer.Text);
        var query = await PostAsync(RgText.Query(resource, "/pc:ParentalControl"));
        Assert.AreEqual("Failed", query.StatusCode, query.Text);
    }

    [TestMethod]
    public async Task Modify_WithADataReferenceInTheType_AppliedWhereTheSchemaPutsIt()
    {
        var resource = await ProfileWithParentalControlAsync("pc-modify");

        var modified = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m1", "/gup:Profile/pc:ParentalControl/pc:MaxMinutesPerDay", $"""<pc:MaxMinutesPerDay xmlns:pc="{OperatorSchema.Namespace}">45</pc:MaxMinutesPerDay>""", overwrite: true),
            RgText.ModifyItem("m2", "/pc:ParentalControl/pc:BlockedCategory", $"""<x:BlockedCategory xmlns:x="{OperatorSchema.Namespace}">violence</x:BlockedCategory>""")));

        Assert.AreEqual("OK", modified.StatusCode, modified.Text);
        var answer = await PostAsync(RgText.Query(resource, "/pc:ParentalControl"));
        var document = Data(answer, "q0").Element(Pc + "ParentalControl")!;
        Assert.AreEqual("45", document.Element(Pc + "MaxMinutesPerDay")!.Value);
        CollectionAssert.AreEqual(new[] { "gambling", "violence" }, document.Elements(Pc + "BlockedCategory").Select(e => e.Value).ToArray());
        Assert.AreEqual("2", (string?)Data(answer, "q0").Attribute("version"));

        var invalid = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m3", "/pc:ParentalControl/pc:Enabled", $"""<pc:Enabled xmlns:pc="{OperatorSchema.Namespace}">perhaps</pc:Enabled>""", overwrite: true)));
        Assert.AreEqual("Failed", invalid.StatusCode, invalid.Text);
    }

    [TestMethod]
    public async Task Rule_GrantingThePartnerTheType_PartnerSeesItAndNothingElse()
    {
        const string Rules = """
            <gup:AuthorizationRules>
              <gup:DefaultEffect>Deny</gup:DefaultEffect>
              <gup:Rule id="partner-reads-parental-control">
                <gup:Requestor><gup:ProviderID>urn:gupsoap:app:partner</gup:ProviderID></gup:Requestor>
                <gup:Target><gup:Select>/gup:Profile/pc:ParentalControl</gup:Select></gup:Target>
                <gup:Operation>Query</gup:Operation>
                <gup:Effect>Permit</gup:Effect>
              </gup:Rule>
            </gup:AuthorizationRules>
            """;
        var resource = await ProfileWithParentalControlAsync("pc-rules", Rules);

        var whole = await PostAsync(RgText.Query(resource, "/"), SoapMessages.Headers(sender: Partner));
        var other = await PostAsync(RgText.Query(resource, "/sub:SubscriberInfo"), SoapMessages.Headers(sender: Partner));
        var write = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m", "/pc:ParentalControl/pc:Enabled", $"""<pc:Enabled xmlns:pc="{OperatorSchema.Namespace}">false</pc:Enabled>""", overwrite: true)), SoapMessages.Headers(sender: Partner));

        Assert.AreEqual("OK", whole.StatusCode, whole.Text);
        CollectionAssert.AreEqual(new[] { Pc + "ParentalControl" }, Data(whole, "q0").Element(Gup + "Profile")!.Elements().Select(e => e.Name).ToArray());
        Assert.AreEqual("UnauthorizedOperation", other.ErrorType, other.Text);
        Assert.AreEqual("UnauthorizedOperation", write.ErrorType, write.Text);
    }

    [TestMethod]
    public async Task Subscribe_ToTheType_ChangeNotifiedWithTheNewVersion()
    {
        await using var listener = await CallbackListener.StartAsync();
        var resource = await ProfileWithParentalControlAsync("pc-subscribe");
        var subscribed = await PostAsync(EndToEnd.SubscriptionFlowTests.Subscribe(resource, listener.Url(), null, "/gup:Profile/pc:ParentalControl/pc:Enabled"));
        Assert.AreEqual("OK", subscribed.StatusCode, subscribed.Text);

        var modified = await PostAsync(RgText.Modify(resource,
            RgText.ModifyItem("m", "/pc:ParentalControl/pc:Enabled", $"""<pc:Enabled xmlns:pc="{OperatorSchema.Namespace}">false</pc:Enabled>""", overwrite: true)));
        Assert.AreEqual("OK", modified.StatusCode, modified.Text);

        var notify = XDocument.Parse((await listener.NextAsync()).Body).Descendants(Rg + "Notify").Single();
        var item = notify.Element(Rg + "NotifiedData")!;
        Assert.AreEqual("false", item.Descendants(Pc + "Enabled").Single().Value);
        Assert.AreEqual("2", (string?)item.Attribute("version"));
        Assert.DoesNotContain("gambling", notify.ToString());
    }

    [TestMethod]
    public async Task List_ByTheType_FindsTheResourceWrittenWithTheWellKnownPrefix()
    {
        var resource = await ProfileWithParentalControlAsync("pc-list");

        var answer = await PostAsync(RgText.List(resource, null, 0, "pc:ParentalControl"));

        Assert.AreEqual("OK", answer.StatusCode, answer.Text);
        var type = answer.Body.Descendants(Rg + "ComponentType").Single();
        Assert.AreEqual("pc:ParentalControl", type.Value);
        Assert.AreEqual(OperatorSchema.Namespace, type.GetNamespaceOfPrefix("pc")?.NamespaceName);
    }

    [TestMethod]
    [DataRow("gup/rg", "rg.xsd")]
    [DataRow("raf/services/rp", "rp.xsd")]
    [DataRow("raf/hss/rp", "rp.xsd")]
    public async Task Wsdl_MessageSchemas_ImportTheOperatorSchemaAndServeIt(string endpoint, string messageSchema)
    {
        using var http = new HttpClient();
        var xsd = XDocument.Parse(await http.GetStringAsync(new Uri(Server.BaseAddress, $"{endpoint}/{messageSchema}")));
        var import = xsd.Root!.Elements(XName.Get("import", "http://www.w3.org/2001/XMLSchema"))
            .Single(i => (string?)i.Attribute("namespace") == OperatorSchema.Namespace);
        Assert.EndsWith(OperatorSchema.FileName, (string?)import.Attribute("schemaLocation"));

        var served = await http.GetAsync(new Uri(Server.BaseAddress, $"{endpoint}?xsd={OperatorSchema.FileName}"));
        Assert.AreEqual(HttpStatusCode.OK, served.StatusCode);
        Assert.AreEqual(OperatorSchema.Text(OperatorSchema.Revision1), await served.Content.ReadAsStringAsync());
    }

    [TestMethod]
    public async Task Discovery_RegisteredServices_ListTheTypeWhereItIsServed()
    {
        await Server.Services.GetRequiredService<ServiceRegistration>().WhenRegistered.WaitAsync(TimeSpan.FromSeconds(30));
        var entries = await Server.Services.GetRequiredService<IServiceRegistry>().ListAsync(CancellationToken.None);
        string[] OptionsOf(string serviceType, string providerId) =>
            [.. entries.Single(e => e.ProviderId == providerId && e.Metadata.ServiceContexts![0].ServiceTypes![0] == serviceType)
                .Metadata.ServiceContexts![0].Options?.SelectMany(o => o.Option ?? []) ?? []];
        var option = DiscoUris.ComponentTypeOption(OperatorSchema.Namespace, "ParentalControl");

        CollectionAssert.Contains(OptionsOf(DiscoUris.RpServiceType, "urn:gupsoap:raf:services"), option);
        CollectionAssert.DoesNotContain(OptionsOf(DiscoUris.RpServiceType, "urn:gupsoap:raf:hss"), option);
        CollectionAssert.Contains(OptionsOf(DiscoUris.RpServiceType, "urn:gupsoap:raf:hss"), DiscoUris.ComponentTypeOption(Namespaces.Subscriber, "SubscriberInfo"));
        CollectionAssert.Contains(OptionsOf(DiscoUris.RgServiceType, "urn:gupsoap:gup-server"), option);
    }
}
