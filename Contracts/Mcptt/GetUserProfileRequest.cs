using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// UE-initiated get of one user profile (MCPTT user profile contribution, flow 1; TS 23.280 §10.1.4): the device says
/// which version it holds, the server answers with the profile only when the device needs it.
/// </summary>
[XmlRoot("GetUserProfile", Namespace = Namespaces.McpttCm)]
[XmlType("GetUserProfileType", Namespace = Namespaces.McpttCm)]
public sealed class GetUserProfileRequest
{
    [XmlElement("MCPTTID", Order = 0)]
    public string? McpttId { get; set; }

    [XmlElement("ProfileID", Order = 1)]
    public string? ProfileId { get; set; }

    /// <summary>The version the device holds, or <see cref="CmVersionTokens.None"/>; absent means none.</summary>
    [XmlElement("UEVersion", Order = 2)]
    public string? UeVersion { get; set; }

    /// <summary>A version number or <see cref="CmVersionTokens.Latest"/> (the default).</summary>
    [XmlElement("DesiredVersion", Order = 3)]
    public string? DesiredVersion { get; set; }

    /// <summary>The asking device; when given, a successful get makes this profile the one active on it.</summary>
    [XmlElement("DeviceID", Order = 4)]
    public string? DeviceId { get; set; }
}

/// <summary><c>lu:Status</c> and, when OK, exactly one outcome: <c>Profile</c>, <c>Synchronized</c> or <c>UploadRequested</c>.</summary>
[XmlRoot("GetUserProfileResponse", Namespace = Namespaces.McpttCm)]
[XmlType("GetUserProfileResponseType", Namespace = Namespaces.McpttCm)]
public sealed class GetUserProfileResponse : CmResponse
{
    /// <summary>The device's copy is missing or older: the current document, signed by the server.</summary>
    [XmlElement("Profile", Order = 1)]
    public UserProfileDocument? Profile { get; set; }

    /// <summary>The device holds the server's version already.</summary>
    [XmlElement("Synchronized", Order = 2)]
    public VersionMark? Synchronized { get; set; }

    /// <summary>The device holds a newer version than the server (<c>version</c> = the server's): it should upload.</summary>
    [XmlElement("UploadRequested", Order = 3)]
    public VersionMark? UploadRequested { get; set; }
}

/// <summary>A profile version named by an outcome.</summary>
[XmlType("VersionMarkType", Namespace = Namespaces.McpttCm)]
public sealed class VersionMark
{
    [XmlAttribute("version")]
    public long Version { get; set; }
}
