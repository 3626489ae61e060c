using GupSoap.Contracts.Rp;
using GupSoap.Core.Notifications;
using GupSoap.Core.Security;
using GupSoap.Core.Soap;
using GupSoap.Core.Xml;
using GupSoap.Server.Routing;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Delivers a RAF's NotifyData addressed to the GUP Server of this same process straight to its relay (TS 23.240
/// §4.4.8 → §4.3.7): no envelope, HTTP, token or replay record, since nothing crosses a trust boundary; the relay sees
/// the RAF as the token would name it. Every other callback goes to <paramref name="other"/> (SOAP over HTTP).
/// An answer is a delivery, as a 200 would be; a relay that fails is retried, as a fault would be.
/// </summary>
internal sealed class InProcessNotifySender(INotificationSender other, Func<NotifyRelay> relay, Uri ownCallback, string rafProviderId, string issuer, XmlLimits limits)
    : INotificationSender
{
    private readonly RequestorContext _raf = new()
    {
        ProviderId = rafProviderId,
        Mechanism = RelayedRequestor.InProcessMechanism,
        Issuer = issuer,
        AssertionId = "in-process",
        ServiceCall = true,
    };

    public async Task<DeliveryAttempt> SendAsync(OutboxEntry entry, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!Uri.TryCreate(entry.Endpoint, UriKind.Absolute, out var target) || Uri.Compare(target, ownCallback, UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.Unescaped, StringComparison.Ordinal) != 0)
        {
            return await other.SendAsync(entry, ct);
        }

        var loaded = SafeXmlLoader.Load(entry.Payload, limits);
        if (loaded.Document?.Root is not { } body || MessageSerializer.Deserialize(body, typeof(NotifyDataRequest)).Value is not NotifyDataRequest request)
        {
            return DeliveryAttempt.Rejected("The notification payload is not a NotifyData message.");
        }

        try
        {
            var invokeId = System.Web.HttpUtility.ParseQueryString(target.Query)["s"];
            await relay().RelayAsync(invokeId, request, _raf, ct);
            return DeliveryAttempt.Success;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return DeliveryAttempt.Retryable("The relay could not take the notification: " + SoapFaults.Truncate(ex.Message));
        }
    }
}
