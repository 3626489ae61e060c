using System.Globalization;
using System.Xml.Linq;
using GupSoap.Contracts.Mcptt;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Notifications;
using GupSoap.Core.Soap;
using GupSoap.Schemas;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Relays a RAF's NotifyData for an MCPTT profile update subscription (MCPTT user profile contribution, flow 2): each
/// changed profile the subscription names becomes one <c>cm:ProfileUpdateNotification</c> (MCPTT ID, profile id, new
/// version) in the relay outbox, in the same transaction as the version it records as told, so a redelivered
/// NotifyData never notifies twice and a change is never lost (SECURITY.md R4, R7).
/// </summary>
internal static class ProfileUpdateRelay
{
    /// <summary>The invoke ids of profile update subscriptions start with this; Rg subscriptions never do.</summary>
    public const string InvokeIdPrefix = "cm-";

    private const string DigestPrefix = "cm|";

    public static bool Handles(AppSubscription subscription) =>
        subscription?.InvokeId.StartsWith(InvokeIdPrefix, StringComparison.Ordinal) == true;

    public static async Task RelayAsync(RgContext rg, SubscriptionContext subscriptions, AppSubscription subscription, NotifyDataRequest request, RgAccess access, Action wake, CancellationToken cancellationToken)
    {
        if (access.RefusalOfAllOf(AccessOperation.Subscribe, ComponentTypeNames.McpttUserProfile, null) is not null)
        {
            return;
        }

        var wanted = subscription.Selects.Select(Mcptt.ProfileSelect.ProfileIdOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var told = await subscriptions.Store.DigestsAsync(subscription.InvokeId, cancellationToken);
        foreach (var (profileId, version) in Changed(request))
        {
            var key = DigestPrefix + profileId;
            var digest = version.ToString(CultureInfo.InvariantCulture);
            if ((wanted.Count > 0 && !wanted.Contains(profileId)) || (told.TryGetValue(key, out var before) && before == digest))
            {
                continue;
            }

            var digests = new Dictionary<string, string>(StringComparer.Ordinal) { [key] = digest };
            if (request.ChangeType == "initial")
            {
                // The baseline: what the device is assumed to know when it subscribes.
                await subscriptions.Store.RecordNotificationAsync(subscription.InvokeId, digests, null, cancellationToken);
                continue;
            }

            var notification = new ProfileUpdateNotification
            {
                McpttId = subscription.ResourceId,
                ProfileId = profileId,
                NewVersion = version,
                NotificationId = "urn:uuid:" + Guid.NewGuid().ToString("D"),
                SubscriptionId = subscription.InvokeId,
                TimeStamp = rg.Now,
            };
            var payload = MessageSerializer.ToElement(notification).ToString(SaveOptions.DisableFormatting);
            var due = subscriptions.Rate.DueAt(subscription.Requestor.ProviderId, rg.Time.GetUtcNow());
            var entry = new OutboxEntry(0, notification.NotificationId, subscription.InvokeId, subscription.NotifyTo, payload, subscription.Requestor.ProviderId, 0, due);
            await subscriptions.Store.RecordNotificationAsync(subscription.InvokeId, digests, entry, cancellationToken);
            wake();
        }
    }

    /// <summary>Every profile document the NotifyData carries, with its version (the item's, unless it holds several).</summary>
    private static IEnumerable<(string ProfileId, long Version)> Changed(NotifyDataRequest request)
    {
        foreach (var item in request.Items ?? [])
        {
            var documents = (item.Data?.Elements ?? []).Where(e => e.Name == ComponentTypeNames.McpttUserProfile).ToList();
            foreach (var document in documents)
            {
                if ((string?)document.Attribute("profileId") is { Length: > 0 } profileId)
                {
                    yield return (profileId, documents.Count == 1 ? item.Version : Mcptt.StoredProfile.DeclaredVersion(document) ?? item.Version);
                }
            }
        }
    }
}
