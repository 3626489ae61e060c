namespace GupSoap.Contracts.Disco;

/// <summary>The <c>lu:Status</c> code values of Discovery 2.0 responses (LIBERTY-DIGEST §5, PROTOCOL.md "Discovery").</summary>
public static class DiscoStatusCodes
{
    public const string Ok = "OK";
    public const string Failed = "Failed";
    public const string Forbidden = "Forbidden";
    public const string Duplicate = "Duplicate";
    public const string LogicalDuplicate = "LogicalDuplicate";
    public const string NoResults = "NoResults";
    public const string NotFound = "NotFound";
}
