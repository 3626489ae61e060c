using GupSoap.Contracts.Disco;
using GupSoap.Core.Saml;
using GupSoap.Core.Xml;
using GupSoap.Discovery.Registry;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Registers this process's services at Discovery once it listens: directly in the registry when Discovery runs here
/// (finished before start-up completes), otherwise over SOAP to <c>Gup:Discovery:Address</c> in the background, retried
/// with backoff until it succeeds, so a Discovery that is down never delays or stops the services themselves.
/// </summary>
internal sealed partial class ServiceRegistration(ServiceRegistrationPlan plan, IServer server, IConfiguration configuration, IServiceProvider services, TimeProvider time,
    ILogger<ServiceRegistration> logger) : IHostedLifecycleService, IDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _registered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _background = Task.CompletedTask;

    /// <summary>Completes once every service of the plan is registered.</summary>
    public Task WhenRegistered => _registered.Task;

    public async Task StartedAsync(CancellationToken cancellationToken)
    {
        if (plan.Services.Count == 0)
        {
            _registered.TrySetResult();
            return;
        }

        var publicBase = PublicBaseAddress.Resolve(configuration, server);
        if (services.GetService<IServiceRegistry>() is { } registry)
        {
            var pending = await RegisterAsync(plan.Services, _ => new ServiceRegistrationLocal(registry), publicBase, cancellationToken);
            if (pending.Count == 0)
            {
                _registered.TrySetResult();
            }

            return;
        }

        if (configuration["Gup:Discovery:Address"] is not { Length: > 0 } address || !Uri.TryCreate(address, UriKind.Absolute, out var discovery))
        {
            LogNoDiscovery(logger);
            return;
        }

        _background = Task.Run(() => RetryAsync(discovery, publicBase, _stopping.Token), CancellationToken.None);
    }

    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        try
        {
            await _background;
        }
        catch (OperationCanceledException)
        {
            // Stopping while a registration was under way: it is simply not finished.
        }
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose() => _stopping.Dispose();

    private async Task RetryAsync(Uri discovery, Uri publicBase, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };
        var issuer = services.GetRequiredService<AssertionIssuer>();
        var limits = services.GetRequiredService<XmlLimits>();
        var discoveryProviderId = DiscoveryHosting.ProviderId(configuration);
        var pending = plan.Services;
        for (var attempt = 1; ; attempt++)
        {
            pending = await RegisterAsync(pending, s => new ServiceRegistrationSoap(http, discovery, discoveryProviderId, s.ProviderId, issuer, limits, time), publicBase, cancellationToken);
            if (pending.Count == 0)
            {
                _registered.TrySetResult();
                return;
            }

            var delay = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, TimeSpan.FromSeconds(1).Ticks << Math.Min(attempt - 1, 10)));
            LogRetry(logger, pending.Count, discovery, delay.TotalSeconds);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    /// <summary>Registers each service; answers those that could not be registered this time.</summary>
    private async Task<IReadOnlyList<OwnService>> RegisterAsync(IReadOnlyList<OwnService> services, Func<OwnService, IServiceRegistrationTarget> target, Uri publicBase, CancellationToken cancellationToken)
    {
        var failed = new List<OwnService>();
        foreach (var service in services)
        {
            var entry = plan.Entry(service, publicBase);
            try
            {
                var status = await IdempotentRegistration.RegisterOrReplaceAsync(target(service), entry, cancellationToken);
                if (status == DiscoStatusCodes.Ok)
                {
                    LogRegistered(logger, service.ServiceType, service.ProviderId, entry.ServiceContexts![0].EndpointContexts![0].Addresses![0]);
                    continue;
                }

                LogRefused(logger, service.ServiceType, service.ProviderId, status);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Never fatal: the services serve without being registered, and registration is tried again.
                LogUnreachable(logger, service.ServiceType, service.ProviderId, ex.Message);
            }

            failed.Add(service);
        }

        return failed;
    }
}
