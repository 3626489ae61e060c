namespace GupSoap.Raf.Notifications;

/// <summary>
/// Checks of a NotifyTo callback URL at subscribe time (SECURITY.md A1): null when it may be used, else why not.
/// The host plugs in its egress guard (address allow-list); <see cref="AbsoluteHttp"/> is only the form check.
/// </summary>
public static class EgressChecks
{
    public const int MaxUrlLength = 2048;

    /// <summary>An absolute http(s) URL with a host and no user information, of bounded length.</summary>
    public static Task<string?> AbsoluteHttp(string url, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        return Task.FromResult(Check(url));
    }

    private static string? Check(string url)
    {
        if (url.Length > MaxUrlLength)
        {
            return $"NotifyTo is longer than {MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "NotifyTo must be an absolute http or https URL.";
        }

        return uri.Host.Length == 0 || uri.UserInfo.Length > 0 ? "NotifyTo must name a host and carry no user information." : null;
    }
}
