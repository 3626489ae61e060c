using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Notifications;
using GupSoap.Core.Saml;
using GupSoap.Core.Soap;
using GupSoap.Server.Authorization;
using GupSoap.Server.Endpoints;

namespace GupSoap.Server.Subscriptions;

/// <summary>
/// Relays a RAF's NotifyData to the application (TS 23.240 §4.3.7, proxy mode): the component is privacy-filtered with
/// the application's rights as they are now (SECURITY.md A8), the application's selects are evaluated on the filtered
/// document, and only the items whose data differs from what was last told become an rg:Notify in the outbox.
/// </summary>
public sealed class NotifyRelay(RgContext rg, SubscriptionContext subscriptions, TrustedIssuers issuers, Action wake)
{
    /// <summary>NotifyData received over SOAP at <c>/gup/notify?s={invoke id}</c>.</summary>
    public Task<NotifyDataResponse> HandleAsync(NotifyDataRequest request, SoapRequestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return RelayAsync(context.HttpContext?.Request.Query["s"].ToString(), request, context.Who, context.CancellationToken);
    }

    /// <summary>Relays one NotifyData for the application subscription <paramref name="invokeId"/>, sent by <paramref name="who"/>.</summary>
    public async Task<NotifyDataResponse> RelayAsync(string? invokeId, NotifyDataRequest request, Core.Security.RequestorContext who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(who);
        var response = new NotifyDataResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        // A repository's NotifyData comes with a token from a trusted intermediary (our own key, or a configured RAF
        // issuer marked Intermediary): a third party naming itself after a RAF in a token of its own IdP is refused.
        if (!rg.Directory.All.Any(r => r.ProviderId == who.ProviderId) || issuers.Find(who.Issuer) is not { Intermediary: true })
        {
            response.Status = GupFailure.Unauthorized("Only the repositories send NotifyData here.").ToStatus();
            return response;
        }

        var subscription = string.IsNullOrEmpty(invokeId) ? null : await subscriptions.Store.GetAsync(invokeId, cancellationToken);
        if (subscription is null || subscription.Status != SubscriptionStatus.Active || subscription.ExpiresAt <= rg.Time.GetUtcNow()
            || subscription.ResourceId != request.ResourceId?.Value || request.ComponentType is null)
        {
            // Ended, suspended or not ours: acknowledged and dropped, so the RAF stops retrying it.
            return response;
        }

        var type = XName.Get(request.ComponentType.Name, request.ComponentType.Namespace);
        var locations = await rg.Locator.ForResourceAsync(subscription.ResourceId, cancellationToken);
        var (access, failure) = await RgAccess.LoadAsync(rg, subscription.Requestor, new ResourceId { Value = subscription.ResourceId }, locations, cancellationToken);
        if (failure is not null)
        {
            // The rules cannot be read now: refuse, so the RAF delivers again later instead of losing the change.
            throw new InvalidOperationException("Authorization rules unavailable: " + failure.Comment);
        }

        if (access!.Concealed)
        {
            return response;
        }

        if (ProfileUpdateRelay.Handles(subscription))
        {
            await ProfileUpdateRelay.RelayAsync(rg, subscriptions, subscription, request, access, wake, cancellationToken);
            return response;
        }

        var component = request.Items?.FirstOrDefault()?.Data?.Elements is [var document] ? document : null;
        var visible = component is null ? null : access.Policy.FilterComponent(subscription.Requestor, AccessOperation.Subscribe, component);
        var instance = NotifiedInstance.Of(type, component, request.Items?.FirstOrDefault());
        var told = await subscriptions.Store.DigestsAsync(subscription.InvokeId, cancellationToken);
        var initial = request.ChangeType == "initial";
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = new List<Contracts.Rg.NotifiedData>();
        foreach (var (itemKey, select, reference) in Items(subscription, type))
        {
            if (!instance.Feeds(reference))
            {
                continue;
            }

            var key = instance.KeyOf(itemKey);
            var selected = visible is null ? [] : reference?.ComponentStep is null ? [visible] : DataReferenceWalker.SelectInComponent(visible, instance.Within(reference));
            var digest = NotificationDigest.Of(selected);
            if (!initial && told.TryGetValue(key, out var before) && before == digest)
            {
                continue;
            }

            digests[key] = digest;
            var (elements, text) = SelectedData.Of(selected, reference?.TargetsAttribute ?? false);
            items.Add(new Contracts.Rg.NotifiedData
            {
                Select = select,
                Data = ValueContent.OfText(elements, text),
                Version = request.Items?.FirstOrDefault()?.Version ?? 0,
                ChangeTime = request.Items?.FirstOrDefault()?.ChangeTime ?? rg.Now,
            });
        }

        if (initial && !subscription.InitialValues)
        {
            await subscriptions.Store.RecordNotificationAsync(subscription.InvokeId, digests, null, cancellationToken);
        }
        else if (items.Count > 0)
        {
            var notify = new NotifyRequest
            {
                ResourceId = request.ResourceId,
                InvokeId = subscription.InvokeId,
                NotificationId = "urn:uuid:" + Guid.NewGuid().ToString("D"),
                TimeStamp = rg.Now,
                Items = [.. items],
            };
            var payload = MessageSerializer.ToElement(notify).ToString(SaveOptions.DisableFormatting);
            var due = subscriptions.Rate.DueAt(subscription.Requestor.ProviderId, rg.Time.GetUtcNow());
            var entry = new OutboxEntry(0, notify.NotificationId, subscription.InvokeId, subscription.NotifyTo, payload, subscription.Requestor.ProviderId, 0, due);
            await subscriptions.Store.RecordNotificationAsync(subscription.InvokeId, digests, entry, cancellationToken);
            wake();
        }

        return response;
    }

    /// <summary>The application's items this component feeds: its selects naming it, or the whole component.</summary>
    private static IEnumerable<(string Key, DataSelect Select, DataReference? Reference)> Items(AppSubscription subscription, XName type)
    {
        if (subscription.Selects.Count == 0)
        {
            yield return (type.ToString(), new DataSelect("/gup:Profile/c:" + type.LocalName, new Dictionary<string, string> { ["c"] = type.NamespaceName }), null);
            yield break;
        }

        for (var i = 0; i < subscription.Selects.Count; i++)
        {
            var (reference, _) = DataSelectReader.Read(subscription.Selects[i]);
            if (reference is not null && (reference.ComponentStep is null || DataReferenceWalker.MatchesComponent(type, reference)))
            {
                // A whole-profile select is fed by every component: one digest per component under it.
                var key = i.ToString(System.Globalization.CultureInfo.InvariantCulture) + (reference.ComponentStep is null ? "|" + type : "");
                yield return (key, subscription.Selects[i], reference);
            }
        }
    }
}
