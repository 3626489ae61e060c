using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace GupSoap.Server.Routing;

/// <summary>
/// The loopback base address of this process, for RAFs hosted in it: they are called over HTTP like remote ones,
/// so the remote path is the one always exercised. Read from the bound addresses once the server has started.
/// </summary>
public sealed class LocalServerAddress(IServer server)
{
    private Uri? _base;

    public Uri Base => _base ??= Resolve();

    public Uri For(RafEndpoint raf)
    {
        ArgumentNullException.ThrowIfNull(raf);
        return raf.Address ?? new Uri(Base, $"raf/{raf.Name}/rp");
    }

    private Uri Resolve()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        var first = addresses.Select(a => new Uri(a)).OrderBy(a => a.Scheme == Uri.UriSchemeHttp ? 0 : 1).FirstOrDefault()
            ?? throw new InvalidOperationException("The server has no bound addresses yet.");
        var builder = new UriBuilder(first) { Path = "/" };
        if (builder.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*" or "localhost")
        {
            builder.Host = "127.0.0.1";
        }

        return builder.Uri;
    }
}
