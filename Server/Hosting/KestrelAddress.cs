using System.Net;
using GupSoap.Core.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace GupSoap.Server.Hosting;

/// <summary>
/// A listen address from configuration (<c>urls</c>, <c>Gup:Https:Url</c>) turned into a Kestrel <c>Listen</c> call:
/// an IP address, <c>localhost</c>, or <c>*</c>/<c>+</c> for every interface; port 0 picks a free port.
/// </summary>
internal sealed class KestrelAddress
{
    private readonly BindingAddress _address;

    private KestrelAddress(BindingAddress address) => _address = address;

    public string Scheme => _address.Scheme;

    public static KestrelAddress Parse(string value, string setting)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(value.Trim());
        }
        catch (FormatException ex)
        {
            throw new ConfigurationException(setting, $"'{value}' is not a listen address.", "Use e.g. http://127.0.0.1:8080.", ex);
        }

        if (address.IsUnixPipe || address.IsNamedPipe || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
        {
            throw new ConfigurationException(setting, $"'{value}' is not an http(s) URL with a host and port.", "Use e.g. http://127.0.0.1:8080.");
        }

        return new KestrelAddress(address);
    }

    /// <summary>The http addresses of a <c>urls</c> setting (<c>;</c>-separated); https belongs in <c>Gup:Https:Url</c>.</summary>
    public static IReadOnlyList<KestrelAddress> ParseList(string? urls)
    {
        var result = new List<KestrelAddress>();
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var address = Parse(url, "urls");
            if (address.Scheme != Uri.UriSchemeHttp)
            {
                throw new ConfigurationException("urls", $"'{url}' is https.", "Give https addresses with --Gup:Https:Url (it brings the certificate); --urls takes http only.");
            }

            result.Add(address);
        }

        return result;
    }

    public void Listen(KestrelServerOptions kestrel, Action<ListenOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(kestrel);
        configure ??= static _ => { };
        var host = _address.Host.Trim('[', ']');
        var port = _address.Port;
        if (host is "*" or "+")
        {
            kestrel.ListenAnyIP(port, configure);
        }
        else if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            // Kestrel cannot pick one free port for both loopback families; port 0 binds IPv4 loopback only.
            if (port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0, configure);
            }
            else
            {
                kestrel.ListenLocalhost(port, configure);
            }
        }
        else if (IPAddress.TryParse(host, out var ip))
        {
            kestrel.Listen(ip, port, configure);
        }
        else
        {
            throw new ConfigurationException("urls", $"listen address '{_address}' names a host.", "Use an IP address, localhost or * (every interface).");
        }
    }
}
