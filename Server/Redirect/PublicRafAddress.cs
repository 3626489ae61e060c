using GupSoap.Server.Hosting;
using GupSoap.Server.Routing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Redirect;

/// <summary>
/// The Rp address an application is sent to (SECURITY.md A6: only registered RAFs): a remote RAF's configured
/// address, or for a RAF in this process the process's public base address (<see cref="PublicBaseAddress"/>: https
/// preferred, since redirect assertions are bearer tokens).
/// </summary>
public sealed class PublicRafAddress(IServer server, IConfiguration configuration)
{
    private Uri? _base;

    public Uri For(RafEndpoint raf)
    {
        ArgumentNullException.ThrowIfNull(raf);
        return raf.Address ?? new Uri(_base ??= PublicBaseAddress.Resolve(configuration, server), $"raf/{raf.Name}/rp");
    }
}
