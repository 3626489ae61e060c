using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;

namespace GupSoap.Core.Security;

/// <summary>What the transport tells us about a request: TLS or not, the client certificate, a loopback peer.</summary>
public sealed record ConnectionFacts(bool IsTls, X509Certificate2? ClientCertificate, bool IsLoopback)
{
    public static ConnectionFacts Of(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        var remote = http.Connection.RemoteIpAddress;
        return new ConnectionFacts(http.Request.IsHttps, http.Connection.ClientCertificate, remote is not null && IPAddress.IsLoopback(remote));
    }
}
