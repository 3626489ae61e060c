using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Core.Authorization;
using GupSoap.Core.Liberty;
using GupSoap.Core.Notifications;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Raf;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;
using GupSoap.Schemas;
using GupSoap.Tests.Support;

namespace GupSoap.Tests.Unit.Raf.Subscriptions;

/// <summary>A RAF on a fresh SQLite file or PostgreSQL schema with a hand-moved clock, and shortcuts to write components and subscriptions.</summary>
internal sealed class SubscriptionTestRaf : IAsyncDisposable
{
    public const string Alice = "sip:alice@example.org";
    public const string AppA = "urn:gupsoap:app:a";
    public const string AppB = "urn:gupsoap:app:b";
    public static readonly DateTimeOffset T0 = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);
    public static readonly XName Subscriber = ComponentTypeNames.SubscriberInfo;
    public static readonly XName Presence = ComponentTypeNames.PresenceSettings;

    private readonly string _path;
    private readonly Core.Storage.Postgres.PostgresSchema? _schema;

    private SubscriptionTestRaf(string path, Core.Storage.Postgres.PostgresSchema? schema, RafInstance raf, ManualTimeProvider clock)
    {
        _path = path;
        _schema = schema;
        Raf = raf;
        Clock = clock;
    }

    public RafInstance Raf { get; }

    public ManualTimeProvider Clock { get; }

    public IComponentStore Store => Raf.Context.Store;

    public IOutbox Outbox => Raf.Outbox;

    public string DatabasePath => _path;

    /// <param name="reopen">A stopped test RAF whose file or schema this one opens again (a restart).</param>
    public static async Task<SubscriptionTestRaf> StartAsync(StoreKind kind, CancellationToken ct, int maxSubscriptions = 100, Func<string, CancellationToken, Task<string?>>? egress = null,
        SubscriptionTestRaf? reopen = null)
    {
        var path = reopen?._path ?? Path.Combine(Path.GetTempPath(), $"gupsoap-subs-test-{Guid.NewGuid():N}.db");
        var schema = kind == StoreKind.Postgres ? reopen?._schema ?? Core.Storage.Postgres.PostgresSchema.ForRaf(TestPostgres.NewSchema().Name) : null;
        var clock = new ManualTimeProvider(T0);
        var options = new RafOptions
        {
            // The schema is raf_{name}: a fresh name per test keeps PostgreSQL tests apart.
            Name = schema is null ? "test" : schema.Name["raf_".Length..],
            Database = schema is null ? null : TestPostgres.Database,
            ProviderId = "urn:gupsoap:raf:test",
            ComponentTypes = new HashSet<XName> { Subscriber, Presence },
            DatabasePath = path,
            MaxSubscriptionsPerRequestor = maxSubscriptions,
        };
        var raf = await RafInstance.StartAsync(options, new XmlLimits(), clock, AuthorizationRules.Empty, egress ?? EgressChecks.AbsoluteHttp, ct);
        return new SubscriptionTestRaf(path, schema, raf, clock);
    }

    /// <summary>
    /// A requestor relayed by the GUP Server (an intermediary, not the server itself): this RAF holds no rules, so the
    /// request rests on the GUP Server's decision and these tests see the subscription logic alone — egress check included.
    /// </summary>
    public static RequestorContext Requestor(string provider = AppA) =>
        new() { ProviderId = provider, Mechanism = SecurityMechanisms.NullBearer, Issuer = "urn:test", AssertionId = "a-" + Guid.NewGuid().ToString("N"), Intermediary = "urn:gupsoap:gup-server" };

    public static SoapRequestContext Request(string provider = AppA, bool simulate = false, CancellationToken ct = default) => new()
    {
        Envelope = new SoapEnvelope(SoapVersion.Soap11, [], new XElement("request")),
        Headers = new LibertyHeaders(),
        Requestor = Requestor(provider),
        Simulate = simulate,
        CancellationToken = ct,
    };

    public static Subscription NewSubscription(string resource = Alice, XName? type = null, string[]? selects = null, int minInterval = 0, TimeSpan? lifetime = null, string subscriber = AppA) =>
        new(Subscription.NewInvokeId(), resource, type ?? Subscriber, (selects ?? []).Select(s => new DataSelect(s)).ToList(),
            "https://app.example.org/notify", subscriber, subscriber, minInterval, T0 + (lifetime ?? TimeSpan.FromHours(1)), T0);

    public Task AddAsync(Subscription subscription, CancellationToken ct) =>
        Store.WriteAsync(async s => { await s.Subscriptions.AddAsync(subscription); return WriteOutcome.Committed(0); }, simulate: false, ct);

    public Task<Subscription?> FindAsync(string invokeId, CancellationToken ct) =>
        Store.WriteAsync(async s => WriteOutcome.RolledBack(await s.Subscriptions.FindAsync(invokeId)), simulate: false, ct);

    public Task<StoredComponent> InsertAsync(XElement component, CancellationToken ct, string resource = Alice, bool simulate = false) =>
        Store.WriteAsync(async s => WriteOutcome.Committed(await s.InsertAsync(resource, "sip", component.Name, ComponentDocument.Save(component), Clock.GetUtcNow())), simulate, ct);

    /// <summary>Replaces the stored component with <paramref name="component"/> (a new version).</summary>
    public Task<StoredComponent> UpdateAsync(XElement component, CancellationToken ct, string resource = Alice, bool simulate = false, bool commit = true) =>
        Store.WriteAsync(async s =>
        {
            var existing = await s.GetAsync(resource, component.Name) ?? throw new InvalidOperationException("no component");
            var updated = await s.UpdateAsync(existing, ComponentDocument.Save(component), Clock.GetUtcNow());
            return commit ? WriteOutcome.Committed(updated) : WriteOutcome.RolledBack(updated);
        }, simulate, ct);

    /// <summary>A new version of Alice's SubscriberInfo with another DisplayName.</summary>
    public Task<StoredComponent> RenameAsync(string displayName, CancellationToken ct)
    {
        var info = RafTestData.SubscriberInfo();
        info.Element(RafTestData.Sub + "DisplayName")!.Value = displayName;
        return UpdateAsync(info, ct);
    }

    public Task DeleteAsync(XName type, CancellationToken ct, string resource = Alice) =>
        Store.WriteAsync(async s => { await s.DeleteAsync((await s.GetAsync(resource, type))!); return WriteOutcome.Committed(0); }, simulate: false, ct);

    /// <summary>Every outbox entry of the subscription in any state.</summary>
    public async Task<IReadOnlyList<(OutboxEntry Entry, string State)>> EntriesAsync(string invokeId, CancellationToken ct) =>
        Outbox switch
        {
            SqliteRafOutbox sqlite => await sqlite.EntriesOfAsync(invokeId, ct),
            PostgresRafOutbox postgres => await postgres.EntriesOfAsync(invokeId, ct),
            _ => throw new InvalidOperationException("Unknown outbox."),
        };

    public async ValueTask DisposeAsync()
    {
        await Raf.DisposeAsync();
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(_schema);
        }

        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm", _path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
