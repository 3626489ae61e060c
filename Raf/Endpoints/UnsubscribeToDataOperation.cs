using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.7 Unsubscribe To Data: ends the named subscriptions of this requestor and drops their queued
/// notifications, all or nothing. Another requestor's invoke id is answered like an unknown one (SECURITY.md A7).
/// </summary>
internal static class UnsubscribeToDataOperation
{
    public static async Task<UnsubscribeToDataResponse> HandleAsync(RafContext raf, UnsubscribeToDataRequest request, SoapRequestContext context)
    {
        var response = new UnsubscribeToDataResponse { TimeStamp = raf.Time.GetUtcNow().UtcDateTime, TimeStampSpecified = true };
        var ids = request.InvokeIds ?? [];
        var failure = RpRequestGuard.CheckItemCount(raf, ids.Length, "InvokeID");
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var who = context.Who;
        failure = await raf.Store.WriteAsync(async session =>
        {
            foreach (var id in ids.Distinct(StringComparer.Ordinal))
            {
                var found = await session.Subscriptions.FindAsync(id);
                if (found is null || found.Subscriber != who.ProviderId || !RafAccess.ScopeAllows(who, found.ResourceId, found.ComponentType, RpOperations.UnsubscribeToData))
                {
                    return WriteOutcome.RolledBack<GupFailure?>(GupFailure.DoesNotExist($"There is no subscription '{Short(id)}'."));
                }

                await session.Subscriptions.RemoveAsync(id);
            }

            return WriteOutcome.Committed<GupFailure?>(null);
        }, context.Simulate, context.CancellationToken);

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
        }

        return response;
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
