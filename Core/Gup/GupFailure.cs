using GupSoap.Contracts.Liberty;

namespace GupSoap.Core.Gup;

/// <summary>A failed Rg or Rp operation: TS 23.240 error type, DST detail and a readable comment (PROTOCOL.md "Status").</summary>
public sealed record GupFailure(string ErrorType, string? Detail, string Comment)
{
    public Status ToStatus() => Status.Failed(ErrorType, Detail, Comment);

    public static GupFailure InvalidParameter(string? detail, string comment) => new(StatusCodes.InvalidParameter, detail, comment);

    public static GupFailure DoesNotExist(string comment) => new(StatusCodes.DataUnavailable, StatusCodes.DoesNotExist, comment);

    /// <summary>The answer for a component that is not there — and, so as not to reveal it, for one the requestor may not know of (SECURITY.md A7).</summary>
    public static GupFailure NoSuchComponent() => DoesNotExist("The resource has no component of this type.");

    /// <summary>TS 23.240 §4.1.4: the requestor is not allowed this operation on this data.</summary>
    public static GupFailure Unauthorized(string comment) => new(StatusCodes.UnauthorizedOperation, StatusCodes.RequestorNotAuthorized, comment);

    public static GupFailure InvalidSelect(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.InvalidSelect, comment);

    public static GupFailure InvalidData(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.InvalidData, comment);

    public static GupFailure ModifiedSince(string comment) => new(StatusCodes.InvalidParameter, StatusCodes.ModifiedSince, comment);
}
