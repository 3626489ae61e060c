using GupSoap.Contracts.Liberty;

namespace GupSoap.Server.ResponseHandling;

/// <summary>
/// The top-level status of a multi-item answer (PROTOCOL.md "Status"): <c>OK</c> when every item succeeded,
/// <c>Partial</c> when some did (or served part of their data), <c>Failed</c> when none did; failed items are nested with <c>ref</c> = the item.
/// </summary>
public static class ItemStatuses
{
    public static Status Combine(IReadOnlyCollection<ItemOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var failed = outcomes.Where(o => o.Failure is not null).ToList();
        if (failed.Count == 0)
        {
            return Status.Ok();
        }

        var all = failed.Count == outcomes.Count && !failed.Any(f => f.PartlyServed);
        return new Status
        {
            Code = all ? StatusCodes.Failed : StatusCodes.Partial,
            Comment = all
                ? (outcomes.Count == 1 ? failed[0].Failure!.Comment : $"None of the {outcomes.Count} items succeeded.")
                : $"{outcomes.Count - failed.Count} of {outcomes.Count} items succeeded; the failed ones are listed.",
            Details = failed.Select(f => f.ToStatus()).ToArray(),
        };
    }
}
