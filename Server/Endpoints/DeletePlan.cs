using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Rg;
using GupSoap.Contracts.Rp;
using GupSoap.Core.Gup;
using GupSoap.Server.Authorization;
using Microsoft.Extensions.Logging;

namespace GupSoap.Server.Endpoints;

/// <summary>The checks between a Delete's read and its deletes, and the undo when a delete fails.</summary>
internal static class DeletePlan
{
    /// <summary>Every listed component must exist, be reachable and be unchanged since the item's notChangedSince.</summary>
    public static GupFailure? Check(IReadOnlyList<DeleteTarget> targets, bool wholeProfile)
    {
        foreach (var target in targets)
        {
            var copy = target.Copy!;
            if (copy.Unavailable is { } unavailable)
            {
                return unavailable with { Comment = $"{unavailable.Comment} Nothing was deleted." };
            }

            if (copy.Failure is { } refused)
            {
                if (wholeProfile && refused.Detail == StatusCodes.DoesNotExist)
                {
                    continue;
                }

                return refused with { Comment = $"{target.Type.LocalName}: {refused.Comment}" };
            }

            if (target.Item is { NotChangedSinceSpecified: true } item && WireTime.ToUtc(target.CopyData!.ChangeTime) > WireTime.ToUtc(item.NotChangedSince))
            {
                return GupFailure.ModifiedSince($"{target.Type.LocalName} changed after notChangedSince. Nothing was deleted.");
            }
        }

        return wholeProfile && !targets.Any(t => t.Exists)
            ? GupFailure.DoesNotExist("The resource has no profile.")
            : null;
    }

    /// <summary>
    /// Creates again every component this Delete removed (as a new component: its version starts over). False when
    /// one could not be restored now: the write intent then stays for recovery to finish.
    /// </summary>
    public static async Task<bool> RestoreAsync(RgAccess access, DeleteRequest request, IEnumerable<DeleteTarget> targets, ILogger logger)
    {
        var complete = true;
        // A RAF that did not answer may have deleted: its component is put back too (ExistsAlready means it had not).
        foreach (var (target, document) in targets.Where(t => t.DeleteFailure is null || t.Deleted!.Unavailable is not null).SelectMany(t => t.Documents.Select(d => (t, d))))
        {
            var restored = await access.SendAsync<CreateComponentResponse>(target.Raf, RpOperations.CreateComponent, RgTarget.Addressed(request, target.Type, new CreateComponentRequest
            {
                NewData = document,
            }), simulate: false, CancellationToken.None);
            if (restored.Failure is { Detail: not StatusCodes.ExistsAlready } lost)
            {
                logger.LogWarning("Delete undo: {Type} of a profile could not be restored at RAF {Raf} now, recovery will: {Reason}", target.Type.LocalName, target.Raf.Name, lost.Comment);
                complete = false;
            }
        }

        return complete;
    }
}
