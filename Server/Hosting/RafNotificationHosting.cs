using GupSoap.Core.Notifications;
using GupSoap.Raf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Notification delivery for the RAFs this process hosts (TS 23.240 §4.4.8): one dispatcher per RAF outbox, woken by
/// every commit that queued notifications, and an hourly purge of expired subscriptions. The process's own callback
/// (the GUP Server's /gup/notify in the embedded default) is the one loopback address RAF notifications may reach
/// without configuration; everything else goes through the egress guard (SECURITY.md A1–A3).
/// </summary>
internal static class RafNotificationHosting
{
    /// <summary>
    /// The egress check a RAF applies to an application's NotifyTo at subscribe time (the GUP Server's own relay
    /// subscriptions are exempt at the RAF: their callback is this deployment's own address).
    /// </summary>
    public static Func<string, CancellationToken, Task<string?>> EgressCheck(IServiceProvider services) => (url, cancellationToken) =>
        services.GetRequiredService<EgressGuard>().CheckAsync(url, cancellationToken);

    public static void Start(WebApplication app, IReadOnlyList<RafInstance> rafs)
    {
        var dispatchers = new List<NotificationDispatcher>();
        var purge = new CancellationTokenSource();
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var own = OwnAuthority(app.Services);
            foreach (var raf in rafs)
            {
                var dispatcher = SubscriptionHosting.Dispatcher(app.Services, raf.Outbox, raf.Options.ProviderId, own, Direct(app.Services, raf)).Dispatcher;
                raf.NotificationsQueued += dispatcher.Wake;
                dispatcher.Start();
                dispatchers.Add(dispatcher);
            }

            _ = PurgeLoopAsync(rafs, app.Services.GetRequiredService<TimeProvider>(), app.Logger, purge.Token);
        });
        app.Lifetime.ApplicationStopping.Register(() =>
        {
            purge.Cancel();
            foreach (var dispatcher in dispatchers)
            {
                dispatcher.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            purge.Dispose();
        });
    }

    private static async Task PurgeLoopAsync(IReadOnlyList<RafInstance> rafs, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                foreach (var raf in rafs)
                {
                    var purged = await raf.PurgeExpiredAsync(cancellationToken);
                    logger.LogInformation("RAF {Raf}: {Purged} expired subscriptions purged", raf.Options.Name, purged);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    /// <summary>
    /// With the GUP Server in this process (and <c>Gup:Rp:InProcess</c>), the RAF's notifications to it go straight to
    /// its relay, as its Rp calls come straight to the RAF; null otherwise.
    /// </summary>
    private static Func<INotificationSender, INotificationSender>? Direct(IServiceProvider services, RafInstance raf)
    {
        if (services.GetService<Subscriptions.SubscriptionContext>() is not { } subscriptions || services.GetService<Routing.RpClientOptions>() is not { InProcess: true })
        {
            return null;
        }

        return soap => new Subscriptions.InProcessNotifySender(soap, services.GetRequiredService<Subscriptions.NotifyRelay>, subscriptions.CallbackBase,
            raf.Options.ProviderId, services.GetRequiredService<Core.Security.SigningCredentials>().EntityId, services.GetRequiredService<Core.Xml.XmlLimits>());
    }

    /// <summary><c>127.0.0.1:port</c> of this process's plain HTTP address, where its own callback listens.</summary>
    private static string? OwnAuthority(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return addresses.Select(a => new Uri(a)).Where(a => a.Scheme == Uri.UriSchemeHttp).Select(a => $"127.0.0.1:{a.Port}").FirstOrDefault();
    }

}
