using System.Globalization;
using System.Text;

namespace GupSoap.Tests.Support;

/// <summary>Import files of generated subscribers (SubscriberInfo at hss, PresenceSettings at services) for <c>admin import</c>.</summary>
internal static class GeneratedProfiles
{
    public const string Header =
        "<p:Profiles xmlns:p=\"urn:gupsoap:admin:profiles\" xmlns:gup=\"urn:3gpp:gup:2006-08\" " +
        "xmlns:sub=\"urn:3gpp:gup:2006-08:subscriber\" xmlns:pres=\"urn:3gpp:gup:2006-08:presence\">";

    public static string Subscriber(string prefix, int i) => string.Create(CultureInfo.InvariantCulture, $"sip:{prefix}{i}@example.org");

    public static string Profile(string prefix, int i) => string.Create(CultureInfo.InvariantCulture,
        $"""<gup:Profile resourceID="{Subscriber(prefix, i)}" p:resourceType="sip"><sub:SubscriberInfo><sub:DisplayName>User {i}</sub:DisplayName><sub:Language>en</sub:Language><sub:MSISDN>+4670{i:0000000}</sub:MSISDN></sub:SubscriberInfo><pres:PresenceSettings><pres:Status>open</pres:Status></pres:PresenceSettings></gup:Profile>""");

    /// <summary>A Profiles file of <paramref name="count"/> subscribers, plus <paramref name="extra"/> profile elements at the end.</summary>
    public static string Write(string path, string prefix, int count, params string[] extra)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(Header);
        for (var i = 0; i < count; i++)
        {
            writer.WriteLine(Profile(prefix, i));
        }

        foreach (var profile in extra)
        {
            writer.WriteLine(profile);
        }

        writer.WriteLine("</p:Profiles>");
        return path;
    }
}
