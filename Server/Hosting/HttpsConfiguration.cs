using System.Security.Cryptography.X509Certificates;
using GupSoap.Core.Hosting;
using GupSoap.Core.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GupSoap.Server.Hosting;

/// <summary>
/// The HTTPS endpoint of the TLS and ClientTLS mechanisms (Liberty ID-WSF SecMech 2.0 §5.1) beside the plain HTTP
/// ones: <c>Gup:Https:Url</c>, its certificate, and whether clients present one (<c>Gup:Https:ClientCertificates</c>).
/// </summary>
public static class HttpsConfiguration
{
    /// <summary>
    /// Registers <see cref="ClientCertificatePins"/>; when <c>Gup:Https:Url</c> is set, Kestrel listens there with
    /// the configured certificate (<c>Gup:Https:CertificatePath</c>/<c>KeyPath</c>, relative to
    /// <paramref name="dataDirectory"/>) or the generated one in <c>{dataDirectory}/keys</c>, and keeps the http
    /// addresses of <c>urls</c>. The TLS layer accepts any client certificate; each request is authenticated by its pin.
    /// </summary>
    public static void ConfigureHttps(this WebApplicationBuilder builder, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configuration);
        builder.Services.AddSingleton(ClientCertificatePins.Read(configuration, dataDirectory));
        var url = configuration["Gup:Https:Url"];
        if (string.IsNullOrWhiteSpace(url))
        {
            // Kestrel would bind them itself; checked here so that an https address in urls is reported like the rest.
            _ = KestrelAddress.ParseList(builder.Configuration[WebHostDefaults.ServerUrlsKey]);
            return;
        }

        var https = KestrelAddress.Parse(url, "Gup:Https:Url");
        if (https.Scheme != Uri.UriSchemeHttps)
        {
            throw new ConfigurationException("Gup:Https:Url", $"'{url}' is not an https URL.", "Use e.g. --Gup:Https:Url=https://127.0.0.1:8443, or --Gup:Https:Url= for no https endpoint.");
        }

        var mode = ReadClientCertificateMode(configuration["Gup:Https:ClientCertificates"]);
        var certificate = ServerCertificate(configuration, dataDirectory);
        // Listen() replaces the urls setting, so its http addresses are bound below, first, as before. The setting is
        // then left naming no address (";": an empty value would fall back to the host's copy of --urls), so Kestrel
        // does not warn that it overrides them; urls set after this call are still read when binding.
        var urls = builder.Configuration[WebHostDefaults.ServerUrlsKey];
        builder.WebHost.UseSetting(WebHostDefaults.ServerUrlsKey, ";");
        builder.WebHost.ConfigureKestrel((context, kestrel) =>
        {
            foreach (var address in KestrelAddress.ParseList($"{urls};{context.Configuration[WebHostDefaults.ServerUrlsKey]}"))
            {
                address.Listen(kestrel, configure: null);
            }

            https.Listen(kestrel, listen => listen.UseHttps(new HttpsConnectionAdapterOptions
            {
                ServerCertificate = certificate,
                ClientCertificateMode = mode,
                // Pinning, not chains, decides who a certificate authenticates (ClientCertificatePins, per request).
                ClientCertificateValidation = static (_, _, _) => true,
            }));
        });
    }

    private static X509Certificate2 ServerCertificate(IConfiguration configuration, string dataDirectory)
    {
        var certPath = configuration["Gup:Https:CertificatePath"];
        if (string.IsNullOrWhiteSpace(certPath))
        {
            return TlsCertificates.LoadOrCreateServerCertificate(Path.Combine(dataDirectory, "keys"), TimeProvider.System);
        }

        var keyPath = configuration["Gup:Https:KeyPath"];
        var key = string.IsNullOrWhiteSpace(keyPath) ? null : Path.Combine(dataDirectory, keyPath);
        var certificate = PemFiles.Load("Gup:Https:CertificatePath", Path.Combine(dataDirectory, certPath), key is null ? null : ("Gup:Https:KeyPath", key));
        return certificate.HasPrivateKey
            ? certificate
            : throw new ConfigurationException("Gup:Https:KeyPath", "the server certificate has no private key.", "Set Gup:Https:KeyPath to its PEM key, or put the key in the certificate file.");
    }

    private static ClientCertificateMode ReadClientCertificateMode(string? value) => (value ?? "Allow").ToUpperInvariant() switch
    {
        "NONE" => ClientCertificateMode.NoCertificate,
        "ALLOW" => ClientCertificateMode.AllowCertificate,
        "REQUIRE" => ClientCertificateMode.RequireCertificate,
        _ => throw new ConfigurationException("Gup:Https:ClientCertificates", $"unknown mode '{value}'.", "Use None, Allow or Require."),
    };
}
