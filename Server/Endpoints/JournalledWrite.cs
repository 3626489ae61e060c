using GupSoap.Contracts.Liberty;
using GupSoap.Core.Gup;

namespace GupSoap.Server.Endpoints;

/// <summary>The answers of an Rg write whose write intent could not be begun or was taken over by recovery (TS 23.240 §4.3.9).</summary>
internal static class JournalledWrite
{
    /// <summary>Another multi-repository write of the profile is undecided: in flight, or awaiting its recovery.</summary>
    public static GupFailure Busy(string nothingDone) =>
        new(StatusCodes.DataUnavailable, null, $"Another write of this profile is in progress or being recovered; retry shortly. {nothingDone}");

    /// <summary>The request outlived its lease and recovery took the write over: it is rolled back, never reported as done.</summary>
    public static GupFailure TakenOver(string nothingDone) =>
        new(StatusCodes.UnexpectedError, StatusCodes.TimeOut, $"The write took longer than allowed and is being rolled back. {nothingDone}");
}
