using System.Globalization;
using GupSoap.Contracts.Gup;
using GupSoap.Contracts.Liberty;
using GupSoap.Contracts.Mcptt;
using GupSoap.Core.Gup;

namespace GupSoap.Server.Mcptt;

/// <summary>Checks of the CM request fields made before any repository is asked; each failure says which field.</summary>
internal static class CmRequestGuard
{
    public const int MaxDeviceIdLength = 128;

    /// <summary>The MCPTT ID as the GUP resource identity of the user's profiles (typed sip when it is a SIP URI).</summary>
    public static (ResourceId? Resource, GupFailure? Failure) Resource(string? mcpttId)
    {
        var resource = new ResourceId
        {
            Value = mcpttId?.Trim() ?? "",
            Type = mcpttId is not null && (mcpttId.StartsWith("sip:", StringComparison.Ordinal) || mcpttId.StartsWith("sips:", StringComparison.Ordinal)) ? "sip" : null,
        };
        return ResourceIdRules.Check(resource) is { } invalid
            ? (null, GupFailure.InvalidParameter(StatusCodes.InvalidResourceID, "MCPTTID: " + invalid.Replace("ResourceID", "The MCPTT ID", StringComparison.Ordinal)))
            : (resource, null);
    }

    public static GupFailure? ProfileId(string? profileId) =>
        ProfileSelect.IsValidId(profileId)
            ? null
            : GupFailure.InvalidParameter(null, "ProfileID must be 1 to 128 letters, digits or . _ ~ : -.");

    public static GupFailure? DeviceId(string? deviceId) =>
        deviceId is null || (deviceId.Length is > 0 and <= MaxDeviceIdLength && !deviceId.Any(char.IsControl))
            ? null
            : GupFailure.InvalidParameter(null, $"DeviceID must be 1 to {MaxDeviceIdLength} printable characters.");

    /// <summary>UEVersion: absent or <c>None</c> → null; else a non-negative number.</summary>
    public static (long? Version, GupFailure? Failure) UeVersion(string? text) =>
        text is null || text.Trim() == CmVersionTokens.None ? (null, null) : Number(text, "UEVersion", CmVersionTokens.None);

    /// <summary>DesiredVersion: absent or <c>latest</c> → null; else a non-negative number.</summary>
    public static (long? Version, GupFailure? Failure) DesiredVersion(string? text) =>
        text is null || text.Trim() == CmVersionTokens.Latest ? (null, null) : Number(text, "DesiredVersion", CmVersionTokens.Latest);

    private static (long?, GupFailure?) Number(string text, string field, string word) =>
        long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (version, null)
            : (null, GupFailure.InvalidParameter(null, $"{field} must be a version number or '{word}'."));
}
