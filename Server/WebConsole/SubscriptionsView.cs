using GupSoap.Server.Endpoints;
using GupSoap.Server.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.WebConsole;

/// <summary>
/// A subscriber's subscriptions for the console: state, backlog, failures and last delivery, and ending one the way
/// the GUP Server ends any (here and at the RAFs). Absent on a deployment without Rg subscriptions.
/// </summary>
internal sealed class SubscriptionsView(RgContext rg, SubscriptionContext? subscriptions, ILogger<SubscriptionsView> logger)
{
    public bool Available => subscriptions is not null;

    public async Task<IReadOnlyList<SubscriptionOverview>> OfAsync(string resourceId, CancellationToken cancellationToken) =>
        subscriptions is null ? [] : await subscriptions.Store.OfResourceAsync(resourceId, cancellationToken);

    /// <summary>Ends the subscription when it is one to <paramref name="resourceId"/>'s data; answers the problem otherwise.</summary>
    public async Task<string?> EndAsync(string resourceId, string invokeId, CancellationToken cancellationToken)
    {
        if (subscriptions is null)
        {
            return "this server keeps no subscriptions";
        }

        var subscription = await subscriptions.Store.GetAsync(invokeId, cancellationToken);
        if (subscription is null || subscription.ResourceId != resourceId)
        {
            return "no such subscription to this subscriber's data";
        }

        await UnsubscribeOperation.EndAsync(rg, subscriptions, invokeId, null, logger);
        return null;
    }

    /// <summary>Where notifications go, without path or query (they may carry the application's own tokens).</summary>
    public static string Destination(string notifyTo) =>
        Uri.TryCreate(notifyTo, UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : "(not a URL)";
}
