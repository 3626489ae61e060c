using System.Globalization;
using System.Net;

namespace GupSoap.Core.Notifications;

/// <summary>
/// The parsed <see cref="CallbackPolicy.AllowedCallbackHosts"/> (SECURITY.md A1): an entry names a host (any port)
/// or a host and port; an IP-literal entry also admits any host name that resolves to that address.
/// </summary>
internal sealed class CallbackAllowList
{
    private readonly List<(string Host, IPAddress? Address, int? Port)> _entries = [];

    public CallbackAllowList(IEnumerable<string> entries)
    {
        foreach (var raw in entries)
        {
            if (Parse(raw.Trim()) is { } entry)
            {
                _entries.Add(entry);
            }
        }
    }

    public bool Admits(string host, int port, IPAddress address)
    {
        var name = Normalize(host);
        foreach (var (entryHost, entryAddress, entryPort) in _entries)
        {
            if (entryPort is not null && entryPort != port)
            {
                continue;
            }

            if (string.Equals(entryHost, name, StringComparison.OrdinalIgnoreCase) || Same(entryAddress, address))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Same(IPAddress? entry, IPAddress address)
    {
        if (entry is null)
        {
            return false;
        }

        var candidate = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return entry.Equals(candidate);
    }

    private static (string, IPAddress?, int?)? Parse(string entry)
    {
        if (entry.Length == 0)
        {
            return null;
        }

        if (IPAddress.TryParse(entry, out var bare) && !entry.StartsWith('['))
        {
            // A bare IPv6 literal has colons but no port.
            return (Normalize(entry), bare, null);
        }

        string host = entry;
        int? port = null;
        var colon = entry.LastIndexOf(':');
        if (colon > 0 && entry.IndexOf(']', StringComparison.Ordinal) < colon
            && int.TryParse(entry.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
        {
            host = entry[..colon];
            port = parsed;
        }

        host = Normalize(host);
        return (host, IPAddress.TryParse(host, out var address) ? address : null, port);
    }

    private static string Normalize(string host) => host.Trim('[', ']').TrimEnd('.').ToLowerInvariant();
}
