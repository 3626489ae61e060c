using GupSoap.Contracts.Liberty;
using GupSoap.Core.Gup;

namespace GupSoap.Server.ResponseHandling;

/// <summary>
/// How one request item ended: its reference (itemID, or its 1-based position), its failure if any, and whether
/// part of its data was served despite the failure (a whole profile missing one repository's components).
/// </summary>
public sealed record ItemOutcome(string Ref, GupFailure? Failure, bool PartlyServed = false)
{
    /// <summary>The item's own status: <c>OK</c>, or its error type with <c>ref</c>, comment and DST detail.</summary>
    public Status ToStatus() => Failure is null
        ? new Status { Code = StatusCodes.Ok, Ref = Ref }
        : new Status
        {
            Code = Failure.ErrorType,
            Ref = Ref,
            Comment = Failure.Comment,
            Details = Failure.Detail is null ? null : [new Status { Code = Failure.Detail }],
        };

    /// <summary>How a response refers to a request item: its itemID, else its 1-based position.</summary>
    public static string RefOf(string? itemId, int index) => itemId ?? (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
