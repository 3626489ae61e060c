using GupSoap.Server.Routing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GupSoap.Server.Redirect;

/// <summary>
/// The Rp address an application is sent to (SECURITY.md A6: only registered RAFs): a remote RAF's configured
/// address, or for a RAF in this process the configured public URL, else the https listening address (redirect
/// assertions are bearer tokens: they need TLS), else the first listening address.
/// </summary>
public sealed class PublicRafAddress(IServer server, RedirectOptions options)
{
    private Uri? _base;

    public Uri For(RafEndpoint raf)
    {
        ArgumentNullException.ThrowIfNull(raf);
        return raf.Address ?? new Uri(Base, $"raf/{raf.Name}/rp");
    }

    private Uri Base => _base ??= Resolve();

    private Uri Resolve()
    {
        if (options.PublicUrl is { Length: > 0 } configured)
        {
            return new UriBuilder(configured) { Path = "/" }.Uri;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var chosen = addresses.Select(a => new Uri(a)).OrderBy(a => a.Scheme == Uri.UriSchemeHttps ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        var builder = new UriBuilder(chosen) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }
}
