using System.Xml.Linq;

namespace GupSoap.Server.Tooling.Profiles;

/// <summary>
/// The file format of <c>admin import</c> and <c>admin export</c>: per subscriber one <c>gup:Profile resourceID="…"</c>
/// holding that subscriber's component documents (the element a Query of <c>/</c> answers, TS 23.240 §4.1.1), either
/// as a document of its own or many under one <c>Profiles</c> root in <see cref="Namespace"/>. An optional
/// <c>p:resourceType</c> attribute keeps the type of the resource id (<c>sip</c>, <c>tel</c>, …).
/// </summary>
internal static class ProfileFileFormat
{
    public static readonly XNamespace Namespace = "urn:gupsoap:admin:profiles";

    public static readonly XNamespace Gup = "urn:3gpp:gup:2006-08";

    public static readonly XName Profiles = Namespace + "Profiles";

    public static readonly XName Profile = Gup + "Profile";

    public static readonly XName ResourceType = Namespace + "resourceType";

    public const string ResourceId = "resourceID";
}
