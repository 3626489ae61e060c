using GupSoap.Server.Endpoints;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Subscriptions;

/// <summary>Ends expired application subscriptions once a minute, here and at the RAFs (SECURITY.md A10).</summary>
internal sealed class SubscriptionSweeper(RgContext rg, SubscriptionContext subscriptions, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    public void Start() => _ = Task.Run(() => RunAsync(_stop.Token));

    public void Stop() => _stop.Cancel();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await SweepAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    public async Task SweepAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var expired in await subscriptions.Store.ExpiredAsync(time.GetUtcNow(), cancellationToken))
            {
                await UnsubscribeOperation.EndAsync(rg, subscriptions, expired.InvokeId, null, logger);
                logger.LogInformation("Subscription {InvokeId} of {Provider} expired and was ended", expired.InvokeId, expired.Requestor.ProviderId);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Sweeping expired subscriptions failed; trying again in a minute");
        }
    }
}
