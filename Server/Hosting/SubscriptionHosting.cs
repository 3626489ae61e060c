using GupSoap.Contracts;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Hosting;
using GupSoap.Core.Liberty;
using GupSoap.Core.Notifications;
using GupSoap.Core.Saml;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Raf.Endpoints;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;
using GupSoap.Server.Subscriptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Subscriptions in the GUP Server role (TS 23.240 §4.3.5–4.3.7, proxy mode): the bookkeeping store, the egress guard,
/// the relay endpoint RAFs notify (<c>/gup/notify</c>), the dispatcher that delivers the relay outbox to applications,
/// and the sweeper that ends expired subscriptions.
/// </summary>
internal static class SubscriptionHosting
{
    public static void AddNotificationDelivery(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(configuration.GetSection("Gup:Notifications").Get<CallbackPolicy>() ?? new CallbackPolicy());
        services.AddSingleton(configuration.GetSection("Gup:Notifications").Get<DeliveryOptions>() ?? new DeliveryOptions());
        services.AddSingleton<IHostResolver, DnsHostResolver>();
        services.AddSingleton(sp => new EgressGuard(sp.GetRequiredService<CallbackPolicy>(), sp.GetRequiredService<IHostResolver>()));
        services.AddSingleton<NotificationMetrics>();
    }

    public static void AddGupSubscriptions(IServiceCollection services, IConfiguration configuration, string dataDirectory, string providerId, StoreSelection stores)
    {
        services.AddSingleton(configuration.GetSection("Gup:Subscriptions").Get<SubscriptionOptions>() ?? new SubscriptionOptions());
        if (stores.Postgres)
        {
            var store = new PostgresSubscriptionStore(stores.Gup, StoreSelection.GupSchema);
            services.AddSingleton<ISubscriptionStore>(store);
            services.AddSingleton(sp => Dispatcher(sp, new PostgresGupOutbox(store, stores.NotificationLease, sp.GetRequiredService<TimeProvider>()), providerId, extraAllowed: null));
        }
        else
        {
            var store = new SqliteSubscriptionStore(Path.Combine(dataDirectory, "gup-subscriptions.db"));
            services.AddSingleton<ISubscriptionStore>(store);
            services.AddSingleton(sp => Dispatcher(sp, new SqliteGupOutbox(store, sp.GetRequiredService<TimeProvider>()), providerId, extraAllowed: null));
        }

        services.AddSingleton<SubscriptionContext>();
        services.AddSingleton(sp =>
        {
            var dispatcher = sp.GetRequiredService<GupDispatcher>();
            return new NotifyRelay(sp.GetRequiredService<RgContext>(), sp.GetRequiredService<SubscriptionContext>(), sp.GetRequiredService<TrustedIssuers>(), dispatcher.Dispatcher.Wake);
        });
    }

    /// <summary>A dispatcher delivering <paramref name="outbox"/> as <paramref name="senderProviderId"/>, over the guarded callback client.</summary>
    /// <param name="direct">Replaces the SOAP sender for some callbacks (RAF notifications to the GUP Server of this process).</param>
    public static GupDispatcher Dispatcher(IServiceProvider services, IOutbox outbox, string senderProviderId, string? extraAllowed, Func<INotificationSender, INotificationSender>? direct = null)
    {
        var policy = services.GetRequiredService<CallbackPolicy>();
        if (extraAllowed is not null)
        {
            policy = policy.AllowingAlso(extraAllowed);
        }

        var resolver = services.GetRequiredService<IHostResolver>();
        var guard = new EgressGuard(policy, resolver);
        var time = services.GetRequiredService<TimeProvider>();
        var envelope = new NotificationEnvelope(senderProviderId, services.GetRequiredService<AssertionIssuer>(), time);
        INotificationSender sender = new SoapNotificationSender(CallbackHttp.CreateClient(guard, policy, resolver), policy, envelope.Build);
        sender = direct?.Invoke(sender) ?? sender;
        var dispatcher = new NotificationDispatcher(outbox, sender, services.GetRequiredService<DeliveryOptions>(), time,
            services.GetRequiredService<ILogger<NotificationDispatcher>>());
        services.GetRequiredService<NotificationMetrics>().Add(senderProviderId, dispatcher);
        return new GupDispatcher(dispatcher);
    }

    public static async Task MapGupSubscriptionsAsync(WebApplication app)
    {
        var store = app.Services.GetRequiredService<ISubscriptionStore>();
        await store.InitializeAsync(CancellationToken.None);
        var relay = app.Services.GetRequiredService<NotifyRelay>();
        var service = new SoapService("gup:notify", app.Configuration["Gup:ProviderId"] ?? "urn:gupsoap:gup-server",
        [
            SoapOperation.Create<NotifyDataRequest, NotifyDataResponse>(XName(RpOperations.NotifyData), RpOperations.Action(RpOperations.NotifyData), relay.HandleAsync),
        ]);
        service.WarmUp();
        var endpoint = new SoapEndpoint(service, app.Services.GetRequiredService<XmlLimits>(), app.Services.GetRequiredService<LibertyHeaderValidator>(),
            app.Services.GetRequiredService<RequestAuthenticator>(), app.Services.GetRequiredService<ILogger<SoapEndpoint>>());
        app.MapSoapService(SubscriptionContext.CallbackPath, endpoint, RpWsdl.CallbackReceiverFor(app.Services.GetRequiredService<Schemas.SchemaRegistry>()));

        var dispatcher = app.Services.GetRequiredService<GupDispatcher>();
        var sweeper = new SubscriptionSweeper(app.Services.GetRequiredService<RgContext>(), app.Services.GetRequiredService<SubscriptionContext>(),
            app.Services.GetRequiredService<TimeProvider>(), app.Logger);
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            dispatcher.Dispatcher.Start();
            sweeper.Start();
        });
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            sweeper.Dispose();
            dispatcher.Dispatcher.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });
    }

    private static System.Xml.Linq.XName XName(string local) => System.Xml.Linq.XName.Get(local, Namespaces.Rp);
}

/// <summary>The GUP Server's relay dispatcher (a distinct type, so the RAFs' dispatchers are not mistaken for it).</summary>
internal sealed record GupDispatcher(NotificationDispatcher Dispatcher);
