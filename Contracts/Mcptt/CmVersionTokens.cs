namespace GupSoap.Contracts.Mcptt;

/// <summary>The words that stand for a version on the wire: the device holds none, or wants the latest one.</summary>
public static class CmVersionTokens
{
    /// <summary><c>UEVersion</c> when the device holds no copy of the profile (the same as leaving it out).</summary>
    public const string None = "None";

    /// <summary><c>DesiredVersion</c> default: whatever version the server holds now.</summary>
    public const string Latest = "latest";
}
