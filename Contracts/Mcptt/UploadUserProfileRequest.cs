using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>
/// A device uploads its changed profile (TS 23.280 §10.1.4.5; contribution flow 3). <c>BaseVersion</c> is the version
/// the change was made on (0 for a new profile): when the server's copy moved on since, nothing is written
/// (<c>Failed/InvalidParameter/ModifiedSince</c>), so no device overwrites another's change.
/// </summary>
[XmlRoot("UploadUserProfile", Namespace = Namespaces.McpttCm)]
[XmlType("UploadUserProfileType", Namespace = Namespaces.McpttCm)]
public sealed class UploadUserProfileRequest
{
    [XmlElement("MCPTTID", Order = 0)]
    public string? McpttId { get; set; }

    [XmlElement("ProfileID", Order = 1)]
    public string? ProfileId { get; set; }

    [XmlElement("BaseVersion", Order = 2)]
    public long BaseVersion { get; set; }

    [XmlElement("DeviceID", Order = 3)]
    public string? DeviceId { get; set; }

    [XmlElement("Profile", Order = 4)]
    public UserProfileDocument? Profile { get; set; }
}

/// <summary><c>lu:Status</c> and, when stored, the version the profile was stored as.</summary>
[XmlRoot("UploadUserProfileResponse", Namespace = Namespaces.McpttCm)]
[XmlType("UploadUserProfileResponseType", Namespace = Namespaces.McpttCm)]
public sealed class UploadUserProfileResponse : CmResponse
{
    [XmlElement("Version", Order = 1)]
    public long Version { get; set; }

    [XmlIgnore]
    public bool VersionSpecified { get; set; }
}
