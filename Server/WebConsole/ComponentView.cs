using System.Xml.Linq;

namespace GupSoap.Server.WebConsole;

/// <summary>One component of a subscriber's merged profile as the console shows it: type, RAF, version, change time.</summary>
public sealed record ComponentView(XName Type, string Raf, IReadOnlyList<XElement> Elements, long Version, DateTimeOffset? ChangeTime, string? Problem);
