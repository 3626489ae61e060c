using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using IPNetwork = System.Net.IPNetwork;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Load balancers the operator trusts (<c>Gup:Hosting:TrustedProxies:{i}</c>, addresses or CIDR networks): only from
/// them are <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and <c>X-Forwarded-Host</c> honoured, so the TLS rule
/// (SECURITY.md), the loopback exception, the recipient check and the logs see the client and the scheme it used at the
/// balancer. From everyone else those headers are ignored. Without the setting no forwarding header is honoured at all.
/// </summary>
internal static class TrustedProxies
{
    public static IReadOnlyList<IPNetwork> Read(IConfiguration configuration)
    {
        var networks = new List<IPNetwork>();
        foreach (var value in configuration.GetSection("Gup:Hosting:TrustedProxies").GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0))
        {
            if (IPNetwork.TryParse(value, out var network))
            {
                networks.Add(network);
            }
            else if (IPAddress.TryParse(value, out var address))
            {
                networks.Add(new IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
            }
            else
            {
                throw new InvalidOperationException($"Gup:Hosting:TrustedProxies: '{value}' is neither an IP address nor a CIDR network.");
            }
        }

        return networks;
    }

    public static bool Contains(IReadOnlyList<IPNetwork> proxies, IPAddress? peer) =>
        peer is not null && proxies.Any(p => p.Contains(peer.IsIPv4MappedToIPv6 ? peer.MapToIPv4() : peer));

    /// <summary>Adds the forwarding step (and the forwarded client certificate) first in the pipeline when proxies are configured.</summary>
    public static void Use(WebApplication app, IConfiguration configuration)
    {
        var proxies = Read(configuration);
        if (proxies.Count == 0)
        {
            return;
        }

        // Read before the forwarded headers replace the peer address: only a trusted proxy's certificate header counts.
        if (configuration["Gup:Hosting:ClientCertificateHeader"] is { Length: > 0 } header)
        {
            app.Use((http, next) =>
            {
                ForwardedClientCertificate.Apply(http, header, proxies);
                return next(http);
            });
        }

        // Remembered before the forwarded headers replace the peer: what the balancer says about the address the client
        // used (X-Forwarded-Proto/-Host) may then be advertised, as it is only taken from a trusted proxy.
        app.Use((http, next) =>
        {
            if (Contains(proxies, http.Connection.RemoteIpAddress))
            {
                http.Features.Set(ViaTrustedProxy.Instance);
            }

            return next(http);
        });

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost,
            // Only the entry the trusted proxy itself appended; what the client wrote before it is not evidence.
            ForwardLimit = 1,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var network in proxies)
        {
            options.KnownIPNetworks.Add(network);
        }

        app.UseForwardedHeaders(options);
    }
}

/// <summary>Marks a request that reached this server through a trusted proxy (set before its forwarding headers are applied).</summary>
internal sealed class ViaTrustedProxy
{
    public static readonly ViaTrustedProxy Instance = new();

    private ViaTrustedProxy()
    {
    }
}
