using System.Text;
using System.Text.RegularExpressions;

namespace GupSoap.Schemas;

/// <summary>Keeps client data in error messages short and printable: at most 64 characters of any one value.</summary>
internal static partial class DataEcho
{
    public const int MaxDataChars = 64;
    private const int MaxMessageChars = 1024;

    /// <summary>The value itself when short; otherwise its first 64 characters and an ellipsis. Control characters become spaces.</summary>
    public static string Truncate(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var length = value.Length;
        var cut = false;
        if (length > MaxDataChars)
        {
            length = char.IsHighSurrogate(value[MaxDataChars - 1]) ? MaxDataChars - 1 : MaxDataChars;
            cut = true;
        }

        var builder = new StringBuilder(length + 1);
        for (var i = 0; i < length; i++)
        {
            var c = value[i];
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        if (cut)
        {
            builder.Append('…');
        }

        return builder.ToString();
    }

    /// <summary>
    /// Makes a parser or validator message safe to return: every long data value it may quote (given in
    /// <paramref name="data"/>) and every long quoted segment is cut, control characters are removed, and the
    /// whole message is bounded.
    /// </summary>
    public static string Sanitize(string message, IEnumerable<string> data)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(data);
        foreach (var value in data.Where(v => v.Length > MaxDataChars).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length))
        {
            message = message.Replace(value, Truncate(value), StringComparison.Ordinal);
        }

        message = Printable(LongQuoted().Replace(message, m => "'" + Truncate(m.Groups[1].Value) + "'"));
        return message.Length > MaxMessageChars ? message[..MaxMessageChars] + "…" : message;
    }

    private static string Printable(string message)
    {
        var builder = new StringBuilder(message.Length);
        foreach (var c in message)
        {
            builder.Append(char.IsControl(c) ? ' ' : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex("'([^']{65,})'", RegexOptions.CultureInvariant)]
    private static partial Regex LongQuoted();
}
