using GupSoap.Core.Notifications;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Raf.Data;
using GupSoap.Raf.Endpoints;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Revisions;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf;

/// <summary>One running RAF: its store, its Rp service, the WSDL it serves and the outbox of its Notify Data (TS 23.240 §4.4.8).</summary>
public sealed class RafInstance : IAsyncDisposable
{
    private readonly IComponentStore _store;

    private RafInstance(RafContext context, IComponentStore store, IOutbox outbox, IReadOnlyList<SchemaRevisionChecked> checkedRevisions)
    {
        Context = context;
        _store = store;
        Service = RpService.Create(context);
        Outbox = outbox;
        CheckedRevisions = checkedRevisions;
    }

    public RafContext Context { get; }

    public SoapService Service { get; }

    public RafOptions Options => Context.Options;

    /// <summary>The component types whose stored documents were checked against a changed schema revision at this start.</summary>
    public IReadOnlyList<SchemaRevisionChecked> CheckedRevisions { get; }

    /// <summary>The durable queue of this RAF's Notify Data, for the delivery engine to drain.</summary>
    public IOutbox Outbox { get; }

    /// <summary>Raised after each commit that queued notifications (attach the delivery engine's wake-up); must not block or throw.</summary>
    public event Action? NotificationsQueued
    {
        add => _store.NotificationsQueued += value;
        remove => _store.NotificationsQueued -= value;
    }

    public static Task<RafInstance> StartAsync(RafOptions options, XmlLimits limits, TimeProvider time, Core.Authorization.AuthorizationRules commonRules, CancellationToken cancellationToken) =>
        StartAsync(options, limits, time, commonRules, EgressChecks.AbsoluteHttp, cancellationToken);

    public static Task<RafInstance> StartAsync(RafOptions options, XmlLimits limits, TimeProvider time, Core.Authorization.AuthorizationRules commonRules,
        Func<string, CancellationToken, Task<string?>> egressCheck, CancellationToken cancellationToken) =>
        StartAsync(options, limits, time, new Core.Authorization.CommonRules(commonRules), egressCheck, cancellationToken);

    /// <param name="commonRules">The operator's common rules, read at every decision (they may be reloaded while the RAF runs).</param>
    /// <param name="egressCheck">Vets NotifyTo URLs at subscribe time: null to allow, else the reason (SECURITY.md A1).</param>
    public static async Task<RafInstance> StartAsync(RafOptions options, XmlLimits limits, TimeProvider time, Core.Authorization.CommonRules commonRules,
        Func<string, CancellationToken, Task<string?>> egressCheck, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (store, outbox) = OpenStore(options, limits, time);
        await store.InitializeAsync(cancellationToken);
        var checkedRevisions = await SchemaRevisions.EnsureAsync(options, store, limits, time, cancellationToken);
        var registry = options.Schemas;
        var context = new RafContext(options, new TimedComponentStore(store, options.Name), new ComponentValidator(registry), new ModificationApplier(new SchemaChildOrder(registry)), limits, time, commonRules, egressCheck);
        return new RafInstance(context, store, outbox, checkedRevisions);
    }

    /// <summary>PostgreSQL when the options name a database (schema <c>raf_{name}</c>), else the SQLite file.</summary>
    private static (IComponentStore Store, IOutbox Outbox) OpenStore(RafOptions options, XmlLimits limits, TimeProvider time)
    {
        if (options.Database is { } database)
        {
            var postgres = new PostgresComponentStore(database, Core.Storage.Postgres.PostgresSchema.ForRaf(options.Name), limits, time);
            return (postgres, new PostgresRafOutbox(postgres, time, options.NotificationLease));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath))!);
        var sqlite = new SqliteComponentStore(options.DatabasePath, limits, time);
        return (sqlite, new SqliteRafOutbox(sqlite, time));
    }

    /// <summary>Deletes expired subscriptions (SECURITY.md A10); the host may call it now and then. Returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken cancellationToken) =>
        _store.WriteAsync(async session => WriteOutcome.Committed(await session.Subscriptions.PurgeExpiredAsync(Context.Time.GetUtcNow())), simulate: false, cancellationToken);

    public ValueTask DisposeAsync() => Context.Store.DisposeAsync();
}
