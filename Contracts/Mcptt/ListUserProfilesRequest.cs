using System.Xml.Serialization;

namespace GupSoap.Contracts.Mcptt;

/// <summary>The user profiles of one MCPTT ID (TS 23.280 §10.1.4.1: several per user, each with an index and a name).</summary>
[XmlRoot("ListUserProfiles", Namespace = Namespaces.McpttCm)]
[XmlType("ListUserProfilesType", Namespace = Namespaces.McpttCm)]
public sealed class ListUserProfilesRequest
{
    [XmlElement("MCPTTID", Order = 0)]
    public string? McpttId { get; set; }
}

/// <summary><c>lu:Status</c> and, when OK, one entry per profile of the MCPTT ID.</summary>
[XmlRoot("ListUserProfilesResponse", Namespace = Namespaces.McpttCm)]
[XmlType("ListUserProfilesResponseType", Namespace = Namespaces.McpttCm)]
public sealed class ListUserProfilesResponse : CmResponse
{
    [XmlElement("UserProfile", Order = 1)]
    public UserProfileSummary[]? Profiles { get; set; }
}

/// <summary>One profile: its id, name, version and state, and the devices it is the active profile of.</summary>
[XmlType("UserProfileSummaryType", Namespace = Namespaces.McpttCm)]
public sealed class UserProfileSummary
{
    [XmlElement("ProfileID", Order = 0)]
    public string? ProfileId { get; set; }

    [XmlElement("ProfileName", Order = 1)]
    public string? ProfileName { get; set; }

    [XmlElement("Version", Order = 2)]
    public long Version { get; set; }

    [XmlElement("Status", Order = 3)]
    public string? Status { get; set; }

    [XmlElement("PreSelected", Order = 4)]
    public bool PreSelected { get; set; }

    [XmlElement("ActiveDevice", Order = 5)]
    public string[]? ActiveDevices { get; set; }
}
