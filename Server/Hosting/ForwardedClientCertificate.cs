using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace GupSoap.Server.Hosting;

/// <summary>
/// Liberty ClientTLS behind a TLS-terminating balancer: the client certificate the balancer verified, passed in the
/// header <c>Gup:Hosting:ClientCertificateHeader</c> (URL-encoded PEM as nginx's <c>$ssl_client_escaped_cert</c>, or
/// base64 DER as HAProxy's <c>%[ssl_c_der,base64]</c>), taken only from a trusted proxy and then checked against the
/// pinned client certificates like one presented on our own TLS connection. From anyone else the header is ignored.
/// </summary>
internal static class ForwardedClientCertificate
{
    public static void Apply(HttpContext http, string header, IReadOnlyList<System.Net.IPNetwork> proxies)
    {
        if (!TrustedProxies.Contains(proxies, http.Connection.RemoteIpAddress) || http.Request.Headers[header].FirstOrDefault() is not { Length: > 0 } value)
        {
            return;
        }

        if (Parse(value) is { } certificate)
        {
            http.Features.Set<ITlsConnectionFeature>(new Forwarded(certificate));
            http.Response.RegisterForDispose(certificate);
        }
    }

    private static X509Certificate2? Parse(string value)
    {
        try
        {
            var text = WebUtility.UrlDecode(value).Trim();
            return text.StartsWith("-----BEGIN", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(Convert.FromBase64String(text));
        }
        catch (Exception ex) when (ex is FormatException or System.Security.Cryptography.CryptographicException)
        {
            // Unreadable: the request goes on without a client certificate and is judged as such.
            return null;
        }
    }

    private sealed class Forwarded(X509Certificate2 certificate) : ITlsConnectionFeature
    {
        public X509Certificate2? ClientCertificate { get; set; } = certificate;

        public Task<X509Certificate2?> GetClientCertificateAsync(CancellationToken cancellationToken) => Task.FromResult(ClientCertificate);
    }
}
