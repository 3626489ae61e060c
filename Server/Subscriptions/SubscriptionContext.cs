using GupSoap.Core.Notifications;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Subscriptions;

/// <summary>What the Rg subscription operations and the relay share: the store, the egress guard, limits, the callback.</summary>
public sealed class SubscriptionContext(ISubscriptionStore store, EgressGuard guard, SubscriptionOptions options, LocalServerAddress local)
{
    public const string CallbackPath = "/gup/notify";

    public ISubscriptionStore Store => store;

    public EgressGuard Guard => guard;

    public SubscriptionOptions Options => options;

    public NotificationRate Rate { get; } = new(options.MaxNotificationsPerMinute);

    /// <summary>The callback a RAF notifies for one application subscription (its invoke id travels in the URL).</summary>
    public string CallbackFor(string appInvokeId) => CallbackBase + "?s=" + Uri.EscapeDataString(appInvokeId);

    /// <summary>Where RAFs notify this GUP Server: <c>Gup:Subscriptions:CallbackUrl</c>, else its own address and <see cref="CallbackPath"/>.</summary>
    public Uri CallbackBase => new(options.CallbackUrl is { Length: > 0 } configured ? configured : new Uri(local.Base, CallbackPath.TrimStart('/')).ToString());
}
