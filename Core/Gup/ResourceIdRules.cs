using GupSoap.Contracts.Gup;

namespace GupSoap.Core.Gup;

/// <summary>
/// TS 23.240 §4.1.2 resource identities: a non-empty printable identity of at most 256 characters whose form
/// agrees with its declared <c>type</c> (sip:/sips:, tel:, IMSI digits, MSISDN digits, NAI user@realm, generic).
/// </summary>
public static class ResourceIdRules
{
    public const int MaxLength = 256;

    public static string? Check(ResourceId? id)
    {
        if (id is null || string.IsNullOrWhiteSpace(id.Value))
        {
            return "ResourceID is required.";
        }

        var value = id.Value;
        if (value.Length > MaxLength)
        {
            return $"ResourceID is longer than {MaxLength} characters.";
        }

        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return "ResourceID contains whitespace or control characters.";
        }

        return id.Type switch
        {
            null or "" => null,
            "sip" => value.StartsWith("sip:", StringComparison.Ordinal) || value.StartsWith("sips:", StringComparison.Ordinal) ? null : "A sip ResourceID starts with 'sip:' or 'sips:'.",
            "tel" => value.StartsWith("tel:", StringComparison.Ordinal) && value.Length > 4 ? null : "A tel ResourceID starts with 'tel:'.",
            "imsi" => value.Length is >= 6 and <= 15 && value.All(char.IsAsciiDigit) ? null : "An IMSI has 6 to 15 digits.",
            "msisdn" => IsMsisdn(value) ? null : "An MSISDN has 5 to 15 digits, optionally after '+'.",
            "nai" => value.IndexOf('@', StringComparison.Ordinal) is > 0 && !value.EndsWith('@') ? null : "A NAI has the form user@realm.",
            "generic" => null,
            _ => $"Unknown ResourceID type '{Truncate(id.Type)}'.",
        };
    }

    private static bool IsMsisdn(string value)
    {
        var digits = value.StartsWith('+') ? value[1..] : value;
        return digits.Length is >= 5 and <= 15 && digits.All(char.IsAsciiDigit);
    }

    private static string Truncate(string text) => text.Length <= 32 ? text : text[..32] + "…";
}
