using System.CommandLine.Parsing;

namespace GupSoap.Server.CommandLine;

/// <summary>Parses an option value that must be an absolute http(s) URL.</summary>
internal static class HttpUrl
{
    public static Uri? Parse(ArgumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        result.AddError($"'{text}' is not an absolute http(s) URL.");
        return null;
    }
}
