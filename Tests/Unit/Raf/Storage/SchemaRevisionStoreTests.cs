using System.Xml.Linq;
using GupSoap.Core.Hosting;
using GupSoap.Core.Xml;
using GupSoap.Raf;
using GupSoap.Raf.Revisions;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Tests.Support;
using static GupSoap.Tests.Unit.Raf.Storage.McpttProfiles;

namespace GupSoap.Tests.Unit.Raf.Storage;

/// <summary>
/// What a schema revision check reads and records through the component store (each kind): every document of a type,
/// the revision each type was last checked against; and the check itself over them (TS 23.240 §4.1.1, §4.4.9).
/// </summary>
public abstract class SchemaRevisionStoreTests(TestContext testContext, StoreKind kind)
{
    private static readonly DateTimeOffset T0 = new(2025, 3, 4, 10, 20, 30, TimeSpan.Zero);
    private static readonly XName Parental = OperatorSchema.Type;
    private static readonly XName Subscriber = ComponentTypeNames.SubscriberInfo;

    private IComponentStore? _store;
    private StorePlace? _place;

    private IComponentStore Store => _store!;

    private CancellationToken Ct => testContext.CancellationToken;

    [TestInitialize]
    public async Task InitializeAsync()
    {
        _place = StorePlace.Create(kind);
        _store = _place.Pick<IComponentStore>(d => new SqliteComponentStore(Path.Combine(d, "raf.db")), (db, schema) => new PostgresComponentStore(db, schema));
        await Store.InitializeAsync(Ct);
    }

    [TestCleanup]
    public async Task CleanupAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_place is not null)
        {
            await _place.DisposeAsync();
        }
    }

    private Task<StoredComponent> InsertAsync(string resource, XName type, string data) =>
        Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync(resource, "sip", type, data, T0)), simulate: false, Ct);

    private static RafOptions Options(SchemaRegistry registry) => new()
    {
        Name = "services",
        ProviderId = "urn:gupsoap:raf:services",
        ComponentTypes = new HashSet<XName> { Parental, ProfileType },
        DatabasePath = "unused",
        Schemas = registry,
    };

    [TestMethod]
    public async Task ReadAllOfTypeAsync_EveryDocumentOfTheTypeOfEveryResource()
    {
        await InsertAsync("sip:a@example.org", Parental, OperatorSchema.Document(minutes: 10));
        await InsertAsync("sip:b@example.org", Parental, OperatorSchema.Document(minutes: 20));
        await InsertAsync("sip:b@example.org", Subscriber, SoapMessages.SubscriberInfo().Replace("<sub:SubscriberInfo>", "<sub:SubscriberInfo xmlns:sub=\"urn:3gpp:gup:2006-08:subscriber\">", StringComparison.Ordinal));
        await InsertAsync("sip:b@example.org", ProfileType, Text("home"));
        await InsertAsync("sip:b@example.org", ProfileType, Text("work"));

        var parental = new List<StoredComponent>();
        await foreach (var stored in Store.ReadAllOfTypeAsync(Parental, Ct))
        {
            parental.Add(stored);
        }

        var profiles = new List<StoredComponent>();
        await foreach (var stored in Store.ReadAllOfTypeAsync(ProfileType, Ct))
        {
            profiles.Add(stored);
        }

        CollectionAssert.AreEquivalent(new[] { "sip:a@example.org", "sip:b@example.org" }, parental.Select(p => p.ResourceId).ToArray());
        Assert.IsTrue(parental.All(p => p.ComponentType == Parental && p.Version == 1 && p.InstanceId.Length == 0 && p.ResourceType == "sip"));
        CollectionAssert.AreEquivalent(new[] { "home", "work" }, profiles.Select(p => p.InstanceId).ToArray());
    }

    [TestMethod]
    public async Task SchemaRevisions_RecordedPerTypeAndReplaced()
    {
        Assert.IsEmpty(await Store.GetSchemaRevisionsAsync(Ct));

        await Store.SetSchemaRevisionAsync(Parental, "sha256:one", T0, Ct);
        await Store.SetSchemaRevisionAsync(Subscriber, "sha256:sub", T0, Ct);
        await Store.SetSchemaRevisionAsync(Parental, "sha256:two", T0.AddMinutes(1), Ct);

        var recorded = await Store.GetSchemaRevisionsAsync(Ct);
        Assert.HasCount(2, recorded);
        Assert.AreEqual("sha256:two", recorded[Parental]);
        Assert.AreEqual("sha256:sub", recorded[Subscriber]);
    }

    [TestMethod]
    public async Task StoredDocumentCheck_IncompatibleRevision_NamesTheDocumentItRefuses()
    {
        await InsertAsync("sip:a@example.org", Parental, OperatorSchema.Document(minutes: 100));
        await InsertAsync("sip:b@example.org", Parental, OperatorSchema.Document(minutes: 300));

        var (compatibleCount, compatible) = await StoredDocumentCheck.RunAsync(Store, OperatorSchema.Registry(OperatorSchema.CompatibleRevision), Parental, new XmlLimits(), Ct);
        var (_, refusal) = await StoredDocumentCheck.RunAsync(Store, OperatorSchema.Registry(OperatorSchema.IncompatibleRevision), Parental, new XmlLimits(), Ct);

        Assert.AreEqual(2, compatibleCount);
        Assert.IsNull(compatible);
        Assert.IsNotNull(refusal);
        Assert.AreEqual("sip:b@example.org", refusal.ResourceId);
        Assert.Contains("MaxMinutesPerDay", refusal.Problem);
    }

    [TestMethod]
    public async Task StoredDocumentCheck_DefinedDataExtension_CheckedAsOnWrite()
    {
        var parent = $"/{OperatorSchema.Prefix}:ParentalControl";
        await Store.WriteAsync(async s =>
        {
            await s.AddDefinitionAsync(new StoredDefinition(Parental, XName.Get("Note", "urn:example:ext"), XName.Get("string", "http://www.w3.org/2001/XMLSchema"), parent,
                new Dictionary<string, string> { [OperatorSchema.Prefix] = OperatorSchema.Namespace }, 1), T0);
            return WriteOutcome.Committed(true);
        }, simulate: false, Ct);
        await InsertAsync("sip:a@example.org", Parental,
            $"""<pc:ParentalControl xmlns:pc="{OperatorSchema.Namespace}"><pc:Enabled>true</pc:Enabled><x:Note xmlns:x="urn:example:ext">school days</x:Note></pc:ParentalControl>""");

        var (count, refusal) = await StoredDocumentCheck.RunAsync(Store, OperatorSchema.Registry(OperatorSchema.CompatibleRevision), Parental, new XmlLimits(), Ct);

        Assert.AreEqual(1, count);
        Assert.IsNull(refusal, refusal?.Problem);
    }

    [TestMethod]
    public async Task EnsureAsync_ChecksOnlyChangedRevisionsAndRecordsThem()
    {
        await InsertAsync("sip:a@example.org", Parental, OperatorSchema.Document(minutes: 300));
        await InsertAsync("sip:a@example.org", ProfileType, Text("home"));
        var revision1 = OperatorSchema.Registry();

        var first = await SchemaRevisions.EnsureAsync(Options(revision1), Store, new XmlLimits(), TimeProvider.System, Ct);
        var again = await SchemaRevisions.EnsureAsync(Options(revision1), Store, new XmlLimits(), TimeProvider.System, Ct);
        var compatible = await SchemaRevisions.EnsureAsync(Options(OperatorSchema.Registry(OperatorSchema.CompatibleRevision)), Store, new XmlLimits(), TimeProvider.System, Ct);

        CollectionAssert.AreEquivalent(new[] { (Parental, 1), (ProfileType, 1) }, first.Select(c => (c.ComponentType, c.Documents)).ToArray());
        Assert.IsEmpty(again);
        Assert.AreEqual(Parental, compatible.Single().ComponentType);
        Assert.AreEqual(OperatorSchema.Registry(OperatorSchema.CompatibleRevision).Fingerprint(Parental), (await Store.GetSchemaRevisionsAsync(Ct))[Parental]);
    }

    [TestMethod]
    public async Task EnsureAsync_IncompatibleRevision_ThrowsAndKeepsThePreviousRecord()
    {
        await InsertAsync("sip:a@example.org", Parental, OperatorSchema.Document(minutes: 300));
        var revision1 = OperatorSchema.Registry();
        await SchemaRevisions.EnsureAsync(Options(revision1), Store, new XmlLimits(), TimeProvider.System, Ct);

        var refused = await Assert.ThrowsExactlyAsync<ConfigurationException>(() =>
            SchemaRevisions.EnsureAsync(Options(OperatorSchema.Registry(OperatorSchema.IncompatibleRevision)), Store, new XmlLimits(), TimeProvider.System, Ct));

        Assert.AreEqual("/srv/schemas/parental-control.xsd", refused.Key);
        Assert.Contains("sip:a@example.org", refused.Message);
        Assert.AreEqual(revision1.Fingerprint(Parental), (await Store.GetSchemaRevisionsAsync(Ct))[Parental]);
    }
}

[TestClass]
public sealed class SqliteSchemaRevisionStoreTests(TestContext testContext) : SchemaRevisionStoreTests(testContext, StoreKind.Sqlite);

[TestClass]
public sealed class PostgresSchemaRevisionStoreTests(TestContext testContext) : SchemaRevisionStoreTests(testContext, StoreKind.Postgres);
