using GupSoap.Contracts.Liberty;

namespace GupSoap.Raf.Data;

/// <summary>A failed Rp operation: TS 23.240 error type, DST detail and a readable comment (PROTOCOL.md "Status").</summary>
public sealed record RpFailure(string ErrorType, string? Detail, string Comment)
{
    public Status ToStatus() => Status.Failed(ErrorType, Detail, Comment);

    public static RpFailure InvalidParameter(string? detail, string comment) => new(StatusCodes.InvalidParameter, detail, comment);

    public static RpFailure DoesNotExist(string comment) => new(StatusCodes.DataUnavailable, StatusCodes.DoesNotExist, comment);

    public static RpFailure InvalidSelect(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.InvalidSelect, comment);

    public static RpFailure InvalidData(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.InvalidData, comment);

    public static RpFailure ModifiedSince(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.ModifiedSince, comment);
}
