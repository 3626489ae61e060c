using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Kestrel's connection limits from <c>Gup:Http</c> (SECURITY.md P11, R2): body size, connection count, and the clocks
/// that cut a client sending its headers or its body too slowly, so a slowloris holds no connection for long.
/// </summary>
internal static class HttpLimits
{
    public static void Apply(KestrelServerOptions kestrel, IConfiguration configuration, long maxBodyBytes)
    {
        var http = configuration.GetSection("Gup:Http");
        kestrel.Limits.MaxRequestBodySize = maxBodyBytes;
        kestrel.Limits.MaxConcurrentConnections = http.GetValue<long?>("MaxConcurrentConnections") ?? 10_000;
        // Kestrel's defaults (30 s for headers, 240 B/s after 5 s for bodies) let a slow client hold a connection for
        // half a minute; a SOAP request's headers arrive in one packet from any real client.
        kestrel.Limits.RequestHeadersTimeout = http.GetValue("RequestHeadersTimeout", TimeSpan.FromSeconds(10));
        kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(
            http.GetValue("MinRequestBodyBytesPerSecond", 240.0),
            http.GetValue("MinRequestBodyGracePeriod", TimeSpan.FromSeconds(5)));
        kestrel.Limits.MinResponseDataRate = new MinDataRate(
            http.GetValue("MinResponseBytesPerSecond", 240.0),
            http.GetValue("MinResponseGracePeriod", TimeSpan.FromSeconds(5)));
        kestrel.Limits.KeepAliveTimeout = http.GetValue("KeepAliveTimeout", TimeSpan.FromSeconds(120));
    }
}
