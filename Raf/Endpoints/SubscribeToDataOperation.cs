using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.DataReferences;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Notifications;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.6 Subscribe To Data: stores the subscription under a new invoke id for the requestor (its providerID
/// is subscriber and token audience), within a per-requestor quota (SECURITY.md A10), and with initialValues queues
/// the current data in the same transaction.
/// </summary>
internal static class SubscribeToDataOperation
{
    public static async Task<SubscribeToDataResponse> HandleAsync(RafContext raf, SubscribeToDataRequest request, SoapRequestContext context)
    {
        var now = raf.Time.GetUtcNow();
        var response = new SubscribeToDataResponse { TimeStamp = now.UtcDateTime, TimeStampSpecified = true };
        var (facts, failure) = await SubscribeToDataChecks.CheckAsync(raf, request, now, context.Who.IsSystem, context.CancellationToken);
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var resourceId = request.ResourceId!.Value;
        List<DataReference?> targets = facts!.References.Count == 0 ? [null] : [.. facts.References];
        // Notifications carry data unfiltered, so every select must be permitted outright (SECURITY.md A8); a requestor
        // the profile must look absent to gets the missing-component answer from RafAccess (A7).
        if (await RafAccess.CheckWriteAsync(raf, context, resourceId, facts.ComponentType, RpOperations.SubscribeToData, AccessOperation.Subscribe, targets) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        var who = context.Who.ProviderId;
        var subscription = new Subscription(Subscription.NewInvokeId(), resourceId, facts.ComponentType, request.Selects ?? [], request.NotifyTo!,
            who, who, facts.MinIntervalSeconds, facts.Expires, now);
        var (quotaFailure, ids) = await raf.Store.WriteAsync(async session =>
        {
            var subscriptions = session.Subscriptions;
            await subscriptions.PurgeExpiredAsync(now);
            if (await subscriptions.CountActiveAsync(who, now) >= raf.Options.MaxSubscriptionsPerRequestor)
            {
                return WriteOutcome.RolledBack<(GupFailure?, IReadOnlyList<string>)>((new GupFailure(StatusCodes.InvalidOperation, null,
                    $"The requestor already holds {raf.Options.MaxSubscriptionsPerRequestor} active subscriptions at this RAF, the most allowed."), []));
            }

            await subscriptions.AddAsync(subscription);
            // One initial notification per document: each instance of a multi-instance type tells its own version.
            foreach (var current in request.Filter!.InitialValues ? await session.GetAllAsync(resourceId, facts.ComponentType) : [])
            {
                await subscriptions.NotifyInitialAsync(subscription, current);
            }

            IReadOnlyList<string> answer = request.ListSubscriptions ? await subscriptions.ActiveIdsAsync(who, now) : [subscription.InvokeId];
            return WriteOutcome.Committed<(GupFailure?, IReadOnlyList<string>)>((null, answer));
        }, context.Simulate, context.CancellationToken);

        if (quotaFailure is not null)
        {
            response.Status = quotaFailure.ToStatus();
            return response;
        }

        response.InvokeIds = [.. ids];
        return response;
    }
}
