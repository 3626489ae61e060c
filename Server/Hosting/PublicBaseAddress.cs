using System.Net;
using GupSoap.Core.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The base address other parties reach this process at (the SvcMDs it registers at Discovery, the RAF addresses of
/// redirect mode, the port addresses of served WSDLs): <c>Gup:PublicUrl</c> when configured, else an address it
/// listens on, https preferred (a wildcard host becomes 127.0.0.1, or for a request the local address it arrived at).
/// Never anything a client sent.
/// </summary>
internal static class PublicBaseAddress
{
    public static Uri Resolve(IConfiguration configuration, IServer server)
    {
        if (Configured(configuration) is { } configured)
        {
            return configured;
        }

        var first = Listening(server).OrderBy(a => a.Scheme == Uri.UriSchemeHttps ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        return Base(first, null);
    }

    /// <summary>
    /// The base address for an answer to <paramref name="connection"/>: <c>Gup:PublicUrl</c>, else the https address
    /// when TLS is on (every token needs it), else the plain address the request arrived on (its local port).
    /// </summary>
    public static Uri ForConnection(IConfiguration configuration, IServer server, ConnectionInfo connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (Configured(configuration) is { } configured)
        {
            return configured;
        }

        var chosen = Listening(server)
            .OrderBy(a => a.Scheme == Uri.UriSchemeHttps ? 0 : 1)
            .ThenBy(a => a.Port == connection.LocalPort ? 0 : 1)
            .FirstOrDefault() ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        return Base(chosen, connection.LocalIpAddress);
    }

    private static Uri? Configured(IConfiguration configuration)
    {
        if (configuration["Gup:PublicUrl"] is not { Length: > 0 } configured)
        {
            return null;
        }

        return Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new ConfigurationException("Gup:PublicUrl", "is not an absolute http(s) URL.", "Use e.g. https://gup.operator.example:8443, or leave it unset.");
    }

    private static IEnumerable<Uri> Listening(IServer server) =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(a => new Uri(a));

    private static Uri Base(Uri address, IPAddress? local)
    {
        var builder = new UriBuilder(address) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
        {
            builder.Host = local is null ? "127.0.0.1" : (local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local).ToString();
        }
        else if (builder.Host == "localhost")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }
}
