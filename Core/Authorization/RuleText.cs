using System.Globalization;
using System.Xml.Linq;

namespace GupSoap.Core.Authorization;

/// <summary>
/// Value reading shared by the rule readers, with the whitespace handling of the schema types (xs:token,
/// xs:boolean, xs:int collapse surrounding whitespace), and the short error texts they produce.
/// </summary>
internal static class RuleText
{
    private const int MaxEcho = 32;

    /// <summary>The element's text when it holds text only; null when it has child elements.</summary>
    public static string? TextOnly(XElement element) => element.HasElements ? null : element.Value.Trim();

    /// <summary>True when an element-only container carries non-whitespace text beside its elements.</summary>
    public static bool HasStrayText(XElement element) =>
        element.Nodes().OfType<XText>().Any(t => !string.IsNullOrWhiteSpace(t.Value));

    public static Effect? ParseEffect(string text) => text switch
    {
        "Permit" => Effect.Permit,
        "Deny" => Effect.Deny,
        _ => null,
    };

    public static bool? ParseBoolean(string text) => text.Trim() switch
    {
        "true" or "1" => true,
        "false" or "0" => false,
        _ => null,
    };

    public static int? ParseInt(string text) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Quotes a value for an error text, clipped so stored data never reaches a log at length.</summary>
    public static string Echo(string value) =>
        value.Length <= MaxEcho ? $"'{value}'" : $"'{value.AsSpan(0, MaxEcho)}…'";

    public static string Format(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
