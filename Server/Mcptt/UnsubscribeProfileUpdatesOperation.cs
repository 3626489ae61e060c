using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// Ends profile update subscriptions of the requesting provider, here and at the RAF. An id that is not this
/// provider's profile update subscription answers like one that does not exist (SECURITY.md A7).
/// </summary>
internal static class UnsubscribeProfileUpdatesOperation
{
    public static async Task<UnsubscribeProfileUpdatesResponse> HandleAsync(McpttContext cm, UnsubscribeProfileUpdatesRequest request, SoapRequestContext context)
    {
        var response = new UnsubscribeProfileUpdatesResponse { TimeStamp = cm.Now, TimeStampSpecified = true };
        var ids = request.SubscriptionIds ?? [];
        if (ids.Length == 0 || ids.Length > cm.Rg.Options.MaxItemsPerRequest)
        {
            response.Status = GupFailure.InvalidParameter(null, $"Name 1 to {cm.Rg.Options.MaxItemsPerRequest} SubscriptionIDs.").ToStatus();
            return response;
        }

        foreach (var id in ids)
        {
            var subscription = await cm.Subscriptions.Store.GetAsync(id, context.CancellationToken);
            if (subscription is null || !Subscriptions.ProfileUpdateRelay.Handles(subscription) || subscription.Requestor.ProviderId != context.Who.ProviderId)
            {
                response.Status = GupFailure.DoesNotExist($"There is no subscription '{SoapFaults.Truncate(id)}'.").ToStatus();
                return response;
            }
        }

        foreach (var id in ids)
        {
            await UnsubscribeOperation.EndAsync(cm.Rg, cm.Subscriptions, id, null, cm.Logger);
        }

        return response;
    }
}
