using System.Security.Cryptography;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.Endpoints;
using GupSoap.Server.Subscriptions;

namespace GupSoap.Server.Mcptt;

/// <summary>
/// Network-initiated update, subscription side (MCPTT user profile contribution, flow 2): stored with the Rg
/// subscription machinery (TS 23.240 §4.3.5, proxy mode) under a <see cref="ProfileUpdateRelay.InvokeIdPrefix"/> id,
/// so the relay turns each change of a named profile into a <c>cm:ProfileUpdateNotification</c>. The requestor's own
/// rights decide, also for administrators; callback egress rules apply (SECURITY.md A1).
/// </summary>
internal static class SubscribeProfileUpdatesOperation
{
    public static async Task<SubscribeProfileUpdatesResponse> HandleAsync(McpttContext cm, SubscribeProfileUpdatesRequest request, SoapRequestContext context)
    {
        var response = new SubscribeProfileUpdatesResponse { TimeStamp = cm.Now, TimeStampSpecified = true };
        var (resource, failure) = CmRequestGuard.Resource(request.McpttId);
        var profileIds = request.ProfileIds ?? [];
        failure ??= profileIds.Select(CmRequestGuard.ProfileId).FirstOrDefault(f => f is not null)
            ?? (profileIds.Length > cm.Rg.Options.MaxItemsPerRequest ? GupFailure.InvalidParameter(null, $"At most {cm.Rg.Options.MaxItemsPerRequest} ProfileIDs.") : null)
            ?? await CheckCallbackAsync(cm, request, context.CancellationToken);
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = cm.Rg.StartDeadline(context.CancellationToken);
        var locations = await cm.Rg.Locator.ForResourceAsync(resource!.Value, context.CancellationToken);
        var (access, refused) = await Authorization.RgAccess.LoadAsync(cm.Rg, context.Who, resource, locations, deadline.Token);
        refused ??= access!.RefusalOfAllOf(AccessOperation.Subscribe, ProfileSelect.Type, null) is { } denied
            ? denied.Detail == StatusCodes.DoesNotExist ? ProfileRepository.NoProfiles : denied
            : null;
        var mine = refused is null ? await cm.Subscriptions.Store.OfProviderAsync(context.Who.ProviderId, context.CancellationToken) : [];
        if (refused is null && mine.Count(s => s.Status == SubscriptionStatus.Active) >= cm.Subscriptions.Options.MaxPerApplication)
        {
            refused = new GupFailure(StatusCodes.InvalidOperation, null, $"The application already holds {cm.Subscriptions.Options.MaxPerApplication} subscriptions; end some first.");
        }

        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        var subscription = new AppSubscription
        {
            InvokeId = ProfileUpdateRelay.InvokeIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Requestor = context.Who,
            ResourceId = resource.Value,
            Selects = [.. profileIds.Distinct(StringComparer.Ordinal).Select(ProfileSelect.Of)],
            NotifyTo = request.NotifyTo!,
            ExpiresAt = WireTime.ToUtcOffset(request.Expires),
        };
        await cm.Subscriptions.Store.AddAsync(subscription, CancellationToken.None);
        var raf = locations.Locate(ProfileSelect.Type)!;
        var (held, rafFailure) = await ProfileUpdateSubscriptions.SubscribeAtRafAsync(cm, subscription, raf, request.Expires, deadline.Token);
        if (rafFailure is not null)
        {
            await UnsubscribeOperation.EndAsync(cm.Rg, cm.Subscriptions, subscription.InvokeId, held, cm.Logger);
            response.Status = (rafFailure with { Comment = rafFailure.Comment + " The subscription was not made." }).ToStatus();
            return response;
        }

        await cm.Subscriptions.Store.AddRafAsync(held, CancellationToken.None);
        cm.Logger.LogSubscribed(subscription.InvokeId, resource.Value, context.Who.ProviderId);
        response.SubscriptionId = subscription.InvokeId;
        return response;
    }

    private static async Task<GupFailure?> CheckCallbackAsync(McpttContext cm, SubscribeProfileUpdatesRequest request, CancellationToken cancellationToken)
    {
        var now = cm.Rg.Time.GetUtcNow();
        var expires = WireTime.ToUtcOffset(request.Expires);
        if (expires <= now || expires > now + cm.Subscriptions.Options.MaxLifetime)
        {
            return GupFailure.InvalidParameter(null, $"Expires must lie in the future and at most {cm.Subscriptions.Options.MaxLifetime.TotalHours:0.#} hours ahead.");
        }

        return await cm.Subscriptions.Guard.CheckAsync(request.NotifyTo, cancellationToken) is { } reason
            ? GupFailure.InvalidParameter(null, "NotifyTo is not an acceptable callback: " + reason)
            : null;
    }
}
