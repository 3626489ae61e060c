using System.Globalization;

namespace GupSoap.Core.Saml;

/// <summary>SAML time values (saml-core §1.3.3): xs:dateTime in UTC with a trailing Z and no other zone.</summary>
internal static class SamlTime
{
    private static readonly string[] Formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        return text is not null && DateTimeOffset.TryParseExact(text, Formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);
    }

    /// <summary>Reads an optional time attribute: absent is fine, present and malformed is an error.</summary>
    public static bool TryParseOptional(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        var ok = TryParse(text, out var parsed);
        value = ok ? parsed : null;
        return ok;
    }

    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
