using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.6 Unsubscribe: ends the application's named subscriptions here and at the RAFs. An invoke id that is
/// not this application's answers like one that does not exist (SECURITY.md A7).
/// </summary>
internal static class UnsubscribeOperation
{
    public static async Task<UnsubscribeResponse> HandleAsync(RgContext rg, SubscriptionContext subscriptions, UnsubscribeRequest request, SoapRequestContext context, ILogger logger)
    {
        var response = new UnsubscribeResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var ids = request.InvokeIds ?? [];
        if (ids.Length == 0 || ids.Length > rg.Options.MaxItemsPerRequest)
        {
            response.Status = GupFailure.InvalidParameter(null, $"Name 1 to {rg.Options.MaxItemsPerRequest} InvokeIDs.").ToStatus();
            return response;
        }

        foreach (var id in ids)
        {
            var subscription = await subscriptions.Store.GetAsync(id, context.CancellationToken);
            if (subscription is null || subscription.Requestor.ProviderId != context.Who.ProviderId)
            {
                response.Status = GupFailure.DoesNotExist($"There is no subscription '{SoapFaults.Truncate(id)}'.").ToStatus();
                return response;
            }
        }

        foreach (var id in ids)
        {
            await EndAsync(rg, subscriptions, id, null, logger);
        }

        return response;
    }

    /// <summary>
    /// Forgets a subscription and ends what it holds at the RAFs (given, or as stored). A RAF that cannot be reached
    /// keeps its subscription until it expires; its notifications then find nothing to relay and are dropped.
    /// </summary>
    public static async Task EndAsync(RgContext rg, SubscriptionContext subscriptions, string invokeId, IReadOnlyList<RafSubscription>? known, ILogger logger)
    {
        var stored = await subscriptions.Store.RemoveAsync(invokeId, CancellationToken.None);
        foreach (var raf in (known ?? []).Concat(stored).DistinctBy(r => r.RafInvokeId))
        {
            if (rg.Directory.All.FirstOrDefault(r => r.Name == raf.Raf) is not { } endpoint)
            {
                continue;
            }

            var ended = await rg.Rp.SendAsync<UnsubscribeToDataResponse>(endpoint, RpOperations.UnsubscribeToData,
                new UnsubscribeToDataRequest { InvokeIds = [raf.RafInvokeId] }, simulate: false, rg.System, CancellationToken.None);
            if (ended.Failure is { } failure)
            {
                logger.LogWarning("Subscription {InvokeId} at RAF {Raf} was not ended: {Reason}", raf.RafInvokeId, raf.Raf, failure.Comment);
            }
        }
    }
}
