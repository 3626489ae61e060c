using GupSoap.Core.Wsdl;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The port address a served WSDL advertises: <c>Gup:PublicUrl</c>, else — for a request through a trusted proxy
/// (<c>Gup:Hosting:TrustedProxies</c>) — the scheme and host that proxy forwarded, else the listening address
/// (<see cref="PublicBaseAddress.ForConnection"/>), with the endpoint's path. A client's own Host header never reaches
/// it (an attacker's host in a WSDL would collect the tokens of whoever trusts it).
/// </summary>
internal sealed class AdvertisedAddress(IConfiguration configuration, IServer server) : IAdvertisedAddress
{
    public Uri For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = (http.Request.PathBase + http.Request.Path).ToString().TrimStart('/');
        if (configuration["Gup:PublicUrl"] is not { Length: > 0 } && http.Features.Get<ViaTrustedProxy>() is not null && http.Request.Host.HasValue)
        {
            // Scheme and host as the trusted balancer forwarded them: the address the client reached.
            return new Uri(new Uri($"{http.Request.Scheme}://{http.Request.Host}/"), path);
        }

        return new Uri(PublicBaseAddress.ForConnection(configuration, server, http.Connection), path);
    }
}
