namespace GupSoap.Server.CommandLine;

/// <summary>Exit codes of every command: 0 done, 1 the work failed (a SOAP fault, a failed import), 2 usage or configuration.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;
}
