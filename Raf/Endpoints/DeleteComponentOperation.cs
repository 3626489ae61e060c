using GupSoap.Contracts.Rp;
using GupSoap.Core.Authorization;
using GupSoap.Core.Gup;
using GupSoap.Core.Soap;
using GupSoap.Raf.Authorization;
using GupSoap.Raf.Data;
using GupSoap.Raf.Storage;

namespace GupSoap.Raf.Endpoints;

/// <summary>
/// TS 23.240 §4.4.2 Delete Component, with the optional notChangedSince lock; of a type with several documents per
/// resource, every one of them (one instance alone is deleted by Modify Data on its root without NewData).
/// </summary>
internal static class DeleteComponentOperation
{
    public static async Task<DeleteComponentResponse> HandleAsync(RafContext raf, DeleteComponentRequest request, SoapRequestContext context)
    {
        var now = raf.Time.GetUtcNow();
        var response = new DeleteComponentResponse { TimeStamp = now.UtcDateTime, TimeStampSpecified = true };
        var failure = RpRequestGuard.CheckTarget(raf, request, out var type);
        if (failure is not null)
        {
            response.Status = failure.ToStatus();
            return response;
        }

        var resourceId = request.ResourceId!.Value;
        if (await RafAccess.CheckWriteAsync(raf, context, resourceId, type, RpOperations.DeleteComponent, AccessOperation.Delete, [null]) is { } denied)
        {
            response.Status = denied.ToStatus();
            return response;
        }

        DateTimeOffset? notChangedSince = request.NotChangedSinceSpecified ? WireTime.ToUtcOffset(request.NotChangedSince) : null;
        failure = await raf.Store.WriteAsync(async session =>
        {
            var existing = await session.GetAllAsync(resourceId, type);
            if (existing.Count == 0)
            {
                return WriteOutcome.RolledBack<GupFailure?>(GupFailure.NoSuchComponent());
            }

            if (existing.Any(e => e.ChangedAt > notChangedSince))
            {
                return WriteOutcome.RolledBack<GupFailure?>(GupFailure.ModifiedSince("The component changed after notChangedSince."));
            }

            foreach (var instance in existing)
            {
                await session.DeleteAsync(instance);
            }

            return WriteOutcome.Committed<GupFailure?>(null);
        }, context.Simulate, context.CancellationToken);

        if (failure is not null)
        {
            response.Status = failure.ToStatus();
        }

        return response;
    }
}
