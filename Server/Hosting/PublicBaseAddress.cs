using GupSoap.Core.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The base address other parties reach this process at (the SvcMDs it registers at Discovery, the RAF addresses of
/// redirect mode): <c>Gup:PublicUrl</c> when configured, else the first address it listens on, https preferred (a
/// wildcard host becomes 127.0.0.1).
/// </summary>
internal static class PublicBaseAddress
{
    public static Uri Resolve(IConfiguration configuration, IServer server)
    {
        if (configuration["Gup:PublicUrl"] is { Length: > 0 } configured)
        {
            return Uri.TryCreate(configured.TrimEnd('/') + "/", UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
                ? uri
                : throw new ConfigurationException("Gup:PublicUrl", "is not an absolute http(s) URL.", "Use e.g. https://gup.operator.example:8443, or leave it unset.");
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var first = addresses.Select(a => new Uri(a)).OrderBy(a => a.Scheme == Uri.UriSchemeHttps ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        var builder = new UriBuilder(first) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*" or "localhost")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }
}
