using System.Xml.Linq;
using GupSoap.Contracts;

namespace GupSoap.Server.Demo;

/// <summary>
/// The demo subscribers' MCPTT user profiles (TS 23.280 §10.1.4.1: several per user, one active per device): "At home"
/// (profile 1, pre-selected), "Mutual aid" (2) and "Limited device" (3), each with the subscriber's SIP URI as MCPTT ID.
/// </summary>
internal static class DemoMcpttProfiles
{
    public static IEnumerable<XElement> For(string subscriber)
    {
        var user = subscriber[4..subscriber.IndexOf('@', StringComparison.Ordinal)];
        yield return Profile(subscriber, "1", "At home", preSelected: true,
            Groups(("sip:family-watch@mcptt.example.org", "Family watch", true), ("sip:station-7@mcptt.example.org", "Station 7", false)),
            emergencyGroup: "sip:emergency-7@mcptt.example.org", privateCalls: true, user);
        yield return Profile(subscriber, "2", "Mutual aid", preSelected: false,
            Groups(("sip:mutual-aid-north@mcptt.example.org", "Mutual aid North", true), ("sip:incident-command@mcptt.example.org", "Incident command", false)),
            emergencyGroup: "sip:mutual-aid-emergency@mcptt.example.org", privateCalls: true, user);
        yield return Profile(subscriber, "3", "Limited device", preSelected: false,
            Groups(("sip:station-7@mcptt.example.org", "Station 7", true)),
            emergencyGroup: "sip:emergency-7@mcptt.example.org", privateCalls: false, user);
    }

    private static XElement Profile(string subscriber, string id, string name, bool preSelected, XElement groups, string emergencyGroup, bool privateCalls, string user)
    {
        XNamespace up = Namespaces.McpttUserProfile;
        var display = char.ToUpperInvariant(user[0]) + user[1..];
        return new XElement(up + "mcptt-user-profile",
            new XAttribute("profileId", id),
            new XAttribute("version", "1"),
            new XElement(up + "ProfileName", name),
            new XElement(up + "Status", "enabled"),
            new XElement(up + "PreSelected", preSelected ? "true" : "false"),
            new XElement(up + "MCPTTID", subscriber),
            groups,
            new XElement(up + "EmergencyGroup", emergencyGroup),
            new XElement(up + "EmergencyAlert", "true"),
            new XElement(up + "PrivateCallAllowed", privateCalls ? "true" : "false"),
            new XElement(up + "DisplayName", display),
            new XElement(up + "UserAliases", new XElement(up + "Alias", display + " (Station 7)")),
            new XElement(up + "Organization", "Example Fire and Rescue"),
            new XElement(up + "ParticipantType", "first-responder"),
            new XElement(up + "KmsUri", "https://kms.mcptt.example.org"),
            new XElement(up + "UserPriority", "5"),
            new XElement(up + "Emergency",
                new XElement(up + "GroupCallAllowed", "true"),
                new XElement(up + "PrivateCallAllowed", privateCalls ? "true" : "false"),
                new XElement(up + "ImminentPerilAllowed", "true"),
                new XElement(up + "CancelAllowed", "true")),
            new XElement(up + "OffNetwork", new XElement(up + "Allowed", id == "3" ? "false" : "true")));
    }

    private static XElement Groups(params (string Uri, string Alias, bool Implicit)[] groups)
    {
        XNamespace up = Namespaces.McpttUserProfile;
        return new XElement(up + "Groups", groups.Select(g => new XElement(up + "Group",
            new XAttribute("alias", g.Alias), new XAttribute("implicitAffiliation", g.Implicit ? "true" : "false"), g.Uri)));
    }
}
