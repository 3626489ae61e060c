using System.Security.Cryptography;
using GupSoap.Core.Security;
using Microsoft.Extensions.Configuration;

namespace GupSoap.Server.Tooling;

/// <summary>
/// The command-line tools trust exactly the deployment's own TLS certificate (the generated
/// <c>{DataDirectory}/keys/tls-cert.pem</c>, or <c>Gup:Https:CertificatePath</c>): pinned by SHA-256, no chain, as
/// curl's <c>--cacert</c> does in the README.
/// </summary>
internal static class PinnedServerCertificate
{
    public static SocketsHttpHandler Handler(IConfiguration configuration)
    {
        var dataDirectory = ToolConfiguration.DataDirectory(configuration);
        var configured = configuration["Gup:Https:CertificatePath"];
        var path = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(dataDirectory, "keys", TlsCertificates.CertificateFileName)
            : Path.Combine(dataDirectory, configured);
        var pins = PemFiles.LoadAll("Gup:Https:CertificatePath", path).Select(TlsCertificates.Sha256Thumbprint).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions =
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && pins.Contains(Convert.ToHexString(SHA256.HashData(presented.GetRawCertData()))),
            },
        };
    }
}
