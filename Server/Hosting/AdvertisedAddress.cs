using GupSoap.Core.Wsdl;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The port address a served WSDL advertises: <see cref="PublicBaseAddress.ForConnection"/> and the endpoint's path,
/// so a Host header never reaches it (an attacker's host in a WSDL would collect the tokens of whoever trusts it).
/// </summary>
internal sealed class AdvertisedAddress(IConfiguration configuration, IServer server) : IAdvertisedAddress
{
    public Uri For(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var path = (http.Request.PathBase + http.Request.Path).ToString().TrimStart('/');
        return new Uri(PublicBaseAddress.ForConnection(configuration, server, http.Connection), path);
    }
}
