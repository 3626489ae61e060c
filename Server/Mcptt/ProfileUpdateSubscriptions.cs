using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Routing;
using GupSoap.Server.Subscriptions;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// The GUP Server's own subscription at the RAF for a profile update subscription (TS 23.240 §4.4.7): the whole
/// mcptt-user-profile component of the MCPTT ID, notified to the relay callback, initial values first (the baseline the
/// relay compares versions with).
/// </summary>
internal static class ProfileUpdateSubscriptions
{
    public static async Task<(List<RafSubscription> Held, GupFailure? Failure)> SubscribeAtRafAsync(
        McpttContext cm, AppSubscription subscription, RafEndpoint raf, DateTime expires, CancellationToken cancellationToken)
    {
        var result = await cm.Rg.Rp.SendAsync<SubscribeToDataResponse>(raf, RpOperations.SubscribeToData, new SubscribeToDataRequest
        {
            ResourceId = new ResourceId { Value = subscription.ResourceId },
            ComponentType = RgTarget.QName(ProfileSelect.Type),
            NotifyTo = cm.Subscriptions.CallbackFor(subscription.InvokeId),
            Filter = new SubscriptionFilter { InitialValues = true, Expires = expires, ExpiresSpecified = true },
        }, simulate: false, cm.Rg.System, cancellationToken);
        List<RafSubscription> held = result.Failure is null && result.Response?.InvokeIds is [var id, ..]
            ? [new RafSubscription(subscription.InvokeId, raf.Name, id)]
            : [];
        return (held, result.Failure);
    }
}
