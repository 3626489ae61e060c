using System.Security.Cryptography;
using System.Xml.Linq;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Server.Authorization;
using GupSoap.Server.Redirect;
using GupSoap.Server.Routing;
using GupSoap.Server.Subscriptions;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Endpoints;

/// <summary>
/// TS 23.240 §4.3.5 Subscribe in proxy mode: the application's subscription is stored, then the GUP Server subscribes
/// at each RAF holding a selected component with its own callback (one per component type, the whole component, so
/// it can filter with the application's rights and compare exactly the selected data). All or nothing. A target the
/// requestor may see only part of is accepted: every notification is filtered with its rights at that time.
/// </summary>
internal static class SubscribeOperation
{
    public static async Task<SubscribeResponse> HandleAsync(RgContext rg, SubscriptionContext subscriptions, SubscribeRequest request, SoapRequestContext context, ILogger logger)
    {
        var response = new SubscribeResponse { TimeStamp = rg.Now, TimeStampSpecified = true };
        var selects = request.Selects ?? [];
        var failure = RgRequestGuard.CheckResource(request.ResourceId) ?? await CheckCallbackAsync(subscriptions, request, rg.Time.GetUtcNow(), context.CancellationToken);
        var targets = Array.Empty<RgTarget>();
        if (failure is null && selects.Length > 0)
        {
            (targets, failure) = RgRequestGuard.Targets(rg, [.. selects.Select(s => (s, (string?)null))], "Select", allowWholeProfile: true);
        }

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        using var deadline = rg.StartDeadline(context.CancellationToken);
        var resource = request.ResourceId!.Value!;
        var locations = await rg.Locator.ForResourceAsync(resource, context.CancellationToken);
        var (access, refused) = await RgAccess.LoadAsync(rg, context.Who, request.ResourceId!, locations, deadline.Token);
        var types = targets.Length == 0 || targets.Any(t => t.IsWholeProfile)
            ? locations.All().Select(l => l.Type).ToList()
            : targets.Select(t => t.ComponentType!).Distinct().ToList();
        refused ??= targets.Length == 0
            ? (access!.Concealed ? GupFailure.NoSuchComponent() : types.Select(t => access.RefusalOfAllOf(AccessOperation.Subscribe, t, null)).All(r => r is not null)
                ? GupFailure.Unauthorized("The requestor may not subscribe to any data of this profile.") : null)
            : targets.Select(t => t.IsWholeProfile ? null : access!.RefusalOfAllOf(AccessOperation.Subscribe, t.ComponentType!, t.Reference)).FirstOrDefault(r => r is not null);
        if (refused is null && !context.Simulate && rg.Redirect?.TryRedirect(access!, request.RequestorData, resource, [.. types.Select(t => (t, locations.Locate(t)!))],
                AccessOperation.Subscribe, RpOperations.SubscribeToData) is { } redirection)
        {
            return Redirector.Answer(response, redirection);
        }

        var mine = refused is null ? await subscriptions.Store.OfProviderAsync(context.Who.ProviderId, context.CancellationToken) : [];
        if (refused is null && mine.Count(s => s.Status == SubscriptionStatus.Active) >= subscriptions.Options.MaxPerApplication)
        {
            refused = new GupFailure(StatusCodes.InvalidOperation, null, $"The application already holds {subscriptions.Options.MaxPerApplication} subscriptions; end some first.");
        }

        if (refused is not null)
        {
            response.Status = refused.ToStatus();
            return response;
        }

        var subscription = new AppSubscription
        {
            InvokeId = "g-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            Requestor = context.Who,
            ResourceId = resource,
            Selects = selects,
            NotifyTo = request.NotifyTo!,
            ExpiresAt = WireTime.ToUtcOffset(request.Filter!.Expires),
            MinIntervalSeconds = request.Filter.MinIntervalSpecified ? request.Filter.MinInterval : 0,
            InitialValues = request.Filter.InitialValues,
        };
        await subscriptions.Store.AddAsync(subscription, CancellationToken.None);
        var (rafs, rafFailure) = await SubscribeAtRafsAsync(rg, subscriptions, request, subscription, types, locations, deadline.Token);
        if (rafFailure is not null)
        {
            await UnsubscribeOperation.EndAsync(rg, subscriptions, subscription.InvokeId, rafs, logger);
            response.Status = (rafFailure with { Comment = rafFailure.Comment + " The subscription was not made." }).ToStatus();
            return response;
        }

        await subscriptions.Store.AddRafAsync(rafs, CancellationToken.None);
        response.InvokeIds = request.ListSubscriptions
            ? [.. mine.Select(s => s.InvokeId).Append(subscription.InvokeId)]
            : [subscription.InvokeId];
        if (request.ListSubscriptions && mine.Any(s => s.Status != SubscriptionStatus.Active))
        {
            // Listed subscriptions that no longer deliver say so: one nested status per suspended invoke id (R3).
            response.Status.Details = [.. mine.Where(s => s.Status != SubscriptionStatus.Active).Select(s => new Status
            {
                Code = StatusCodes.DataUnavailable,
                Ref = s.InvokeId,
                Comment = SoapFaults.Truncate("Suspended: " + s.Reason),
            })];
        }

        return response;
    }

    private static async Task<GupFailure?> CheckCallbackAsync(SubscriptionContext subscriptions, SubscribeRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Filter is not { ExpiresSpecified: true } filter)
        {
            return GupFailure.InvalidParameter(null, "Filter/@expires is required: every subscription ends.");
        }

        var expires = WireTime.ToUtcOffset(filter.Expires);
        if (expires <= now || expires > now + subscriptions.Options.MaxLifetime)
        {
            return GupFailure.InvalidParameter(null, $"Filter/@expires must lie in the future and at most {subscriptions.Options.MaxLifetime.TotalHours:0.#} hours ahead.");
        }

        if (filter.MinIntervalSpecified && filter.MinInterval < 0)
        {
            return GupFailure.InvalidParameter(null, "Filter/@minInterval must not be negative.");
        }

        return await subscriptions.Guard.CheckAsync(request.NotifyTo, cancellationToken) is { } reason
            ? GupFailure.InvalidParameter(null, "NotifyTo is not an acceptable callback: " + reason)
            : null;
    }

    private static async Task<(List<RafSubscription> Rafs, GupFailure? Failure)> SubscribeAtRafsAsync(
        RgContext rg, SubscriptionContext subscriptions, SubscribeRequest request, AppSubscription subscription, IReadOnlyList<XName> types, ProfileLocations locations, CancellationToken cancellationToken)
    {
        var results = await Task.WhenAll(types.Select(type => rg.Rp.SendAsync<SubscribeToDataResponse>(locations.Locate(type)!, RpOperations.SubscribeToData,
            RgTarget.Addressed(request, type, new SubscribeToDataRequest
            {
                NotifyTo = subscriptions.CallbackFor(subscription.InvokeId),
                // Always the current values: they are the baseline the relay compares changes with (and what an
                // application that asked for initialValues is sent).
                Filter = new SubscriptionFilter
                {
                    InitialValues = true,
                    Expires = request.Filter!.Expires,
                    ExpiresSpecified = true,
                    MinInterval = request.Filter.MinInterval,
                    MinIntervalSpecified = request.Filter.MinIntervalSpecified,
                },
            }), simulate: false, rg.System, cancellationToken)));
        var rafs = results.Where(r => r.Failure is null && r.Response?.InvokeIds is [_, ..])
            .Select(r => new RafSubscription(subscription.InvokeId, r.Raf.Name, r.Response!.InvokeIds![0])).ToList();
        return (rafs, results.Select(r => r.Failure).FirstOrDefault(f => f is not null));
    }
}
