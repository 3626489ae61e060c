using System.Globalization;
using System.Xml.Linq;

namespace GupSoap.Server.Mcptt;

/// <summary>One user profile as its repository holds it: the document, the version it was stored as and when.</summary>
public sealed record StoredProfile(XElement Document, long Version, DateTime ChangeTime)
{
    public string ProfileId => (string?)Document.Attribute("profileId") ?? "";

    public string ProfileName => (string?)Document.Element(Document.Name.Namespace + "ProfileName") ?? "";

    public string Status => (string?)Document.Element(Document.Name.Namespace + "Status") ?? "";

    public bool PreSelected => Document.Element(Document.Name.Namespace + "PreSelected")?.Value.Trim() is "true" or "1";

    /// <summary>The version a document says it has (the repository writes it there), when it says so.</summary>
    public static long? DeclaredVersion(XElement document) =>
        long.TryParse((string?)document.Attribute("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
