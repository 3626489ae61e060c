using System.Net;

namespace GupSoap.Core.Notifications;

/// <summary>
/// Decides which callback URLs and addresses notifications may go to (SECURITY.md A1–A3): absolute http(s) without
/// credentials or fragment, and only public addresses unless <see cref="CallbackPolicy.AllowedCallbackHosts"/> says
/// otherwise. Checked at subscribe time (<see cref="CheckAsync"/>) and again for every connection
/// (<see cref="CallbackHttp"/>), because a name that resolved to a public address then may not now (A2).
/// </summary>
public sealed class EgressGuard(CallbackPolicy policy, IHostResolver? resolver = null)
{
    public const int MaxUrlLength = 2048;

    private readonly CallbackAllowList _allowed = new(policy?.AllowedCallbackHosts ?? []);
    private readonly IHostResolver _resolver = resolver ?? new DnsHostResolver();

    /// <summary>Null when <paramref name="url"/> is acceptable without resolving it; else a short reason.</summary>
    public string? CheckUrl(string? url) => Parse(url, out _);

    /// <summary><see cref="CheckUrl"/>, then every address the host resolves to must be allowed (A1, subscribe time).</summary>
    public async Task<string?> CheckAsync(string? url, CancellationToken ct)
    {
        if (Parse(url, out var uri) is { } reason)
        {
            return reason;
        }

        if (uri!.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return null;
        }

        IPAddress[] addresses;
        try
        {
            addresses = await _resolver.ResolveAsync(uri.IdnHost, ct);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or ArgumentException)
        {
            return "The callback host does not resolve.";
        }

        if (addresses.Length == 0)
        {
            return "The callback host does not resolve.";
        }

        return addresses.All(a => IsAllowed(uri.IdnHost, uri.Port, a)) ? null : "The callback host resolves to a non-public address.";
    }

    /// <summary>Whether a connection to <paramref name="address"/> for <paramref name="host"/>:<paramref name="port"/> may be made.</summary>
    public bool IsAllowed(string host, int port, IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(address);
        return _allowed.Admits(host, port, address) || !NonPublicAddresses.Contains(address);
    }

    private string? Parse(string? url, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(url))
        {
            return "No callback URL.";
        }

        if (url.Length > MaxUrlLength)
        {
            return $"The callback URL is longer than {MaxUrlLength} characters.";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed))
        {
            return "The callback URL is not an absolute URL.";
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            return "The callback URL must use http or https.";
        }

        if (parsed.UserInfo.Length > 0)
        {
            return "The callback URL must not carry user information.";
        }

        if (url.Contains('#', StringComparison.Ordinal))
        {
            return "The callback URL must not have a fragment.";
        }

        if (parsed.IdnHost.Length == 0)
        {
            return "The callback URL has no host.";
        }

        if (parsed.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
            && (!IPAddress.TryParse(parsed.IdnHost.Trim('[', ']'), out var literal) || !IsAllowed(parsed.IdnHost, parsed.Port, literal)))
        {
            return "The callback address is not public.";
        }

        uri = parsed;
        return null;
    }
}
