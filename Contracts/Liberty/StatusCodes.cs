namespace GupSoap.Contracts.Liberty;

/// <summary>Status codes of PROTOCOL.md "Status": top level, TS 23.240 error types, DST detail codes.</summary>
public static class StatusCodes
{
    // Top level.
    public const string Ok = "OK";
    public const string Partial = "Partial";
    public const string Failed = "Failed";
    public const string Redirected = "Redirected";

    // TS 23.240 common error types (second level), exactly as the spec names them.
    public const string InvalidOperation = "InvalidOperation";
    public const string InvalidParameter = "InvalidParameter";
    public const string UnauthorizedOperation = "UnauthorizedOperation";
    public const string DataUnavailable = "DataUnavailable";
    public const string UnexpectedError = "UnexpectedError";
    public const string AuthenticationError = "AuthenticationError";

    // DST / GUP detail codes (third level).
    public const string InvalidSelect = "InvalidSelect";
    public const string ExistsAlready = "ExistsAlready";
    public const string DoesNotExist = "DoesNotExist";
    public const string ModifiedSince = "ModifiedSince";
    public const string InvalidData = "InvalidData";
    public const string MissingNewDataElement = "MissingNewDataElement";
    public const string MissingSelect = "MissingSelect";
    public const string InvalidResourceID = "InvalidResourceID";
    public const string MissingResourceIDElement = "MissingResourceIDElement";
    public const string InvalidObjectType = "InvalidObjectType";
    public const string UnsupportedObjectType = "UnsupportedObjectType";
    public const string RequestorNotAuthorized = "RequestorNotAuthorized";
    public const string ItemIDDuplicated = "ItemIDDuplicated";
    public const string NoMultipleAllowed = "NoMultipleAllowed";
    public const string TimeOut = "TimeOut";
    public const string EmptyRequest = "EmptyRequest";
}
