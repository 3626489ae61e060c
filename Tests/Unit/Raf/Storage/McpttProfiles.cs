using System.Xml.Linq;
using GupSoap.Schemas;

namespace GupSoap.Tests.Unit.Raf.Storage;

/// <summary>Schema-valid MCPTT user profile documents for the multi-instance tests.</summary>
internal static class McpttProfiles
{
    public static readonly XName ProfileType = ComponentTypeNames.McpttUserProfile;

    public static string Text(string profileId, string name = "At home", long version = 7) =>
        $"""<mcptt-user-profile xmlns="urn:3gpp:mcptt:user-profile:1.0" profileId="{profileId}" version="{version}"><ProfileName>{name}</ProfileName><Status>enabled</Status><PreSelected>false</PreSelected><MCPTTID>sip:u@mcptt.example.org</MCPTTID></mcptt-user-profile>""";

    public static XElement Document(string data) => XElement.Parse(data);

    public static string VersionOf(string data) => (string)Document(data).Attribute("version")!;
}
